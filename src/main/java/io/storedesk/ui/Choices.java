package io.storedesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * Combo boxes whose first choice is "any" (null): filters like "all stages". Items show through the
 * window's language, so switching it relabels them.
 */
public final class Choices {

    private Choices() {
    }

    /** A combo of the values, led by null shown as anyKey; label gives each value's resource key. */
    public static <T> ComboBox<T> withAny(String id, I18n i18n, String anyKey, List<T> values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(values);
        box.getItems().setAll(items);
        box.setCellFactory(list -> cell(i18n, anyKey, label));
        box.setButtonCell(cell(i18n, anyKey, label));
        i18n.localeProperty().addListener((obs, old, now) -> {
            box.setButtonCell(cell(i18n, anyKey, label));
            box.setCellFactory(list -> cell(i18n, anyKey, label));
        });
        return box;
    }

    /**
     * A choice among things named by data (a warehouse, a supplier), not by message keys; follows the list
     * as it changes, keeping the choice while it is still there.
     */
    public static <T> ComboBox<T> withAnyNamed(String id, I18n i18n, String anyKey, ObservableList<T> values,
                                               Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        Runnable fill = () -> {
            T chosen = box.getValue();
            List<T> items = new ArrayList<>();
            items.add(null);
            items.addAll(values);
            box.getItems().setAll(items);
            box.setValue(values.contains(chosen) ? chosen : null);
        };
        fill.run();
        values.addListener((ListChangeListener<T>) change -> fill.run());
        box.setCellFactory(list -> namedCell(i18n, anyKey, name));
        box.setButtonCell(namedCell(i18n, anyKey, name));
        i18n.localeProperty().addListener((obs, old, now) -> box.setButtonCell(namedCell(i18n, anyKey, name)));
        return box;
    }

    private static <T> ListCell<T> namedCell(I18n i18n, String anyKey, Function<T, String> name) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? i18n.get(anyKey) : name.apply(item));
            }
        };
    }

    private static <T> ListCell<T> cell(I18n i18n, String anyKey, Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? i18n.get(anyKey) : i18n.get(label.apply(item)));
            }
        };
    }
}

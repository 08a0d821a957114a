package io.storedesk.ui;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Table columns whose headers and cells follow the window's language. */
public final class Columns {

    private final I18n i18n;

    public Columns(I18n i18n) {
        this.i18n = i18n;
    }

    /** A column of text; format gets the row and the current formats (numbers, money, dates). */
    public <T> TableColumn<T, T> text(String headerKey, BiFunction<T, Formats, String> format) {
        return column(headerKey, format, false);
    }

    public <T> TableColumn<T, T> text(String headerKey, Function<T, String> value) {
        return column(headerKey, (row, f) -> value.apply(row), false);
    }

    /** A right-aligned column for figures. */
    public <T> TableColumn<T, T> number(String headerKey, BiFunction<T, Formats, String> format) {
        return column(headerKey, format, true);
    }

    /** A column of text whose cells get a style class when the row is flagged (e.g. a breached due time). */
    public <T> TableColumn<T, T> flagged(String headerKey, BiFunction<T, Formats, String> format,
                                         Predicate<T> flagged, String styleClass) {
        TableColumn<T, T> column = column(headerKey, format, false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(styleClass);
                setText(empty || row == null ? null : format.apply(row, i18n.formats()));
                if (!empty && row != null && flagged.test(row)) {
                    getStyleClass().add(styleClass);
                }
            }
        });
        return column;
    }

    /** A column showing an enum through its resource keys (prefix + constant name), styled by value. */
    public <T, E extends Enum<E>> TableColumn<T, T> label(String headerKey, String keyPrefix, Function<T, E> value) {
        TableColumn<T, T> column = column(headerKey, (row, f) -> {
            E e = value.apply(row);
            return e == null ? "" : i18n.get(keyPrefix + e.name());
        }, false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeIf(s -> s.startsWith("value-"));
                E e = empty || row == null ? null : value.apply(row);
                setText(e == null ? null : i18n.get(keyPrefix + e.name()));
                if (e != null) {
                    getStyleClass().add("value-" + e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                }
            }
        });
        return column;
    }

    /** Sets a column's preferred width (the table shares out the rest). */
    public static <T> TableColumn<T, T> width(TableColumn<T, T> column, double width) {
        column.setPrefWidth(width);
        return column;
    }

    /**
     * Sets a column's preferred width and the least it keeps when a narrow table shares out too little (a code or
     * a figure cut to "WH…" says nothing; a title cut short still does).
     */
    public static <T> TableColumn<T, T> width(TableColumn<T, T> column, double width, double minWidth) {
        column.setMinWidth(minWidth);
        return width(column, width);
    }

    private <T> TableColumn<T, T> column(String headerKey, BiFunction<T, Formats, String> format, boolean figures) {
        TableColumn<T, T> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(headerKey));
        column.setId(headerKey);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> figures ? new TableCell<>() {
            @Override
            protected void updateItem(T row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : format.apply(row, i18n.formats()));
            }
        } : new WholeTextCell<>(row -> format.apply(row, i18n.formats())));
        if (figures) {
            column.getStyleClass().add("figures");
        }
        // Rows come ordered from the store; sorting only the shown page would mislead.
        column.setSortable(false);
        return column;
    }

    /**
     * A cell of text that shows the whole text on hover: beside a detail panel in a 1,280-pixel window a title, a
     * problem or a suggestion is often cut to "Move 3 in f...".
     */
    private static final class WholeTextCell<T> extends TableCell<T, T> {

        private final Function<T, String> format;
        private final Tooltip whole = new Tooltip();

        WholeTextCell(Function<T, String> format) {
            this.format = format;
        }

        @Override
        protected void updateItem(T row, boolean empty) {
            super.updateItem(row, empty);
            String text = empty || row == null ? null : format.apply(row);
            setText(text);
            whole.setText(text);
            setTooltip(text == null || text.isBlank() ? null : whole);
        }
    }
}

package io.storedesk.catalog.ui;

import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.SkuField;
import io.storedesk.catalog.SkuRow;
import io.storedesk.ui.I18n;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;

/** The lifecycle stage, changed in place from a list of the four stages. */
final class StageCell extends TableCell<SkuRow, SkuRow> {

    private final I18n i18n;
    private final CatalogViewModel model;

    StageCell(I18n i18n, CatalogViewModel model) {
        this.i18n = i18n;
        this.model = model;
        getStyleClass().add("editable-cell");
    }

    @Override
    protected void updateItem(SkuRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeIf(s -> s.startsWith("value-"));
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(isEditing() ? null : label(row.stage()));
        getStyleClass().add("value-" + row.stage().name().toLowerCase(Locale.ROOT));
    }

    private String label(LifecycleStage stage) {
        return i18n.get("catalog.stage." + stage.name());
    }

    @Override
    public void startEdit() {
        SkuRow row = getItem();
        if (row == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            // The table or column is not editable (the role may not): the cell stays as it is.
            return;
        }
        ComboBox<LifecycleStage> choice = new ComboBox<>();
        choice.getItems().setAll(List.of(LifecycleStage.values()));
        choice.setValue(row.stage());
        choice.setCellFactory(list -> stageCell());
        choice.setButtonCell(stageCell());
        choice.setOnAction(e -> {
            LifecycleStage picked = choice.getValue();
            cancelEdit();
            if (picked != null && picked != row.stage()) {
                model.edit(row, SkuField.STAGE, picked.name());
            }
        });
        setText(null);
        setGraphic(choice);
        choice.show();
    }

    private ListCell<LifecycleStage> stageCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(LifecycleStage stage, boolean empty) {
                super.updateItem(stage, empty);
                setText(empty || stage == null ? null : label(stage));
            }
        };
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setGraphic(null);
        SkuRow row = getItem();
        setText(row == null ? null : label(row.stage()));
    }
}

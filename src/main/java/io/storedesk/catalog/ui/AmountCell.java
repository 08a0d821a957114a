package io.storedesk.catalog.ui;

import io.storedesk.catalog.SkuField;
import io.storedesk.catalog.SkuRow;
import io.storedesk.common.Money;
import io.storedesk.ui.I18n;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * A price or cost cell edited in place: a double click opens a text box with the plain amount; Enter
 * saves through the view model (which checks and may refuse it), Escape leaves the value as it was.
 */
final class AmountCell extends TableCell<SkuRow, SkuRow> {

    private final I18n i18n;
    private final CatalogViewModel model;
    private final SkuField field;
    private final Function<SkuRow, Money> value;
    private TextField editor;

    AmountCell(I18n i18n, CatalogViewModel model, SkuField field, Function<SkuRow, Money> value) {
        this.i18n = i18n;
        this.model = model;
        this.field = field;
        this.value = value;
        getStyleClass().addAll("figures", "editable-cell");
    }

    @Override
    protected void updateItem(SkuRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
        } else if (isEditing()) {
            setText(null);
            setGraphic(editor);
        } else {
            setText(i18n.formats().money(value.apply(row)));
            setGraphic(null);
        }
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
        Money current = value.apply(row);
        editor = new TextField(current == null ? "" : current.amount().toPlainString());
        editor.getStyleClass().add("cell-editor");
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                save(row);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
            }
        });
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (!now && isEditing()) {
                cancelEdit();
            }
        });
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    private void save(SkuRow row) {
        String typed = editor.getText();
        cancelEdit();
        model.edit(row, field, typed);
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        SkuRow row = getItem();
        setGraphic(null);
        setText(row == null ? null : i18n.formats().money(value.apply(row)));
    }
}

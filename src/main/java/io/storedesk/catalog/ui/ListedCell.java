package io.storedesk.catalog.ui;

import io.storedesk.catalog.SkuField;
import io.storedesk.catalog.SkuRow;
import io.storedesk.ui.I18n;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** Listed or delisted: a check box that lists or delists the SKU at once (saved like any edit). */
final class ListedCell extends TableCell<SkuRow, SkuRow> {

    private final I18n i18n;
    private final CheckBox box = new CheckBox();
    private SkuRow shown;

    ListedCell(I18n i18n, CatalogViewModel model) {
        this.i18n = i18n;
        box.disableProperty().bind(model.canEditProperty().not());
        box.setOnAction(e -> {
            if (shown != null) {
                model.edit(shown, SkuField.LISTED, String.valueOf(box.isSelected()));
            }
        });
    }

    @Override
    protected void updateItem(SkuRow row, boolean empty) {
        super.updateItem(row, empty);
        shown = empty ? null : row;
        if (shown == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        box.setSelected(row.listed());
        box.setTooltip(new Tooltip(i18n.get(row.listed() ? "catalog.listed" : "catalog.delisted")));
        setGraphic(box);
        setText(null);
    }
}

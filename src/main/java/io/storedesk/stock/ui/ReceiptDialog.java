package io.storedesk.stock.ui;

import io.storedesk.stock.StoredPurchaseOrder;
import io.storedesk.stock.StoredPurchaseOrderLine;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** How many units of each outstanding line arrived; each starts at what is outstanding and cannot exceed it. */
final class ReceiptDialog {

    private ReceiptDialog() {
    }

    static Optional<Map<Long, Integer>> ask(Window owner, I18n i18n, StoredPurchaseOrder po,
                                            LongFunction<String> skuCode) {
        Dialog<Map<Long, Integer>> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("stock.po.action.receivePart"));
        dialog.setHeaderText(i18n.get("stock.po.receipt.header", po.code()));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.addRow(0, new Label(i18n.get("stock.column.sku")), new Label(i18n.get("stock.po.column.outstanding")),
                new Label(i18n.get("stock.po.receipt.arrived")));
        Map<Long, Spinner<Integer>> arrived = new LinkedHashMap<>();
        int row = 1;
        for (StoredPurchaseOrderLine line : po.lines()) {
            if (line.outstanding() == 0) {
                continue;
            }
            Spinner<Integer> units = new Spinner<>(0, line.outstanding(), line.outstanding());
            units.setId("receipt-line-" + line.id());
            units.setEditable(true);
            units.setPrefWidth(110);
            arrived.put(line.id(), units);
            form.addRow(row++, new Label(skuCode.apply(line.skuId())),
                    new Label(i18n.formats().integer(line.outstanding())), units);
        }
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            Map<Long, Integer> result = new LinkedHashMap<>();
            arrived.forEach((line, units) -> result.put(line, units.getValue()));
            return result;
        });
        return dialog.showAndWait();
    }
}

package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.TicketDetail;
import io.storedesk.aftersales.TicketLineView;
import io.storedesk.aftersales.returns.ItemCondition;
import io.storedesk.aftersales.returns.ReceivedLine;
import io.storedesk.stock.Warehouse;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Spinners;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Checks a return in at a warehouse: per line still expected, how many units are resellable, damaged or missing.
 * Resellable units go back on the shelf, damaged ones are written off; the service refuses more than expected.
 */
final class ReceiveGoodsDialog {

    private ReceiveGoodsDialog() {
    }

    /** A receipt to book: where, and what was found per line. */
    record Receipt(long warehouseId, List<ReceivedLine> lines) {
    }

    static Optional<Receipt> show(Window owner, I18n i18n, TicketDetail detail, List<Warehouse> warehouses) {
        Dialog<Receipt> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("aftersales.receive.title", detail.ticket().code()));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ComboBox<Warehouse> warehouse = new ComboBox<>();
        warehouse.setId("aftersales-receive-warehouse");
        warehouse.setPrefWidth(220);
        warehouse.getItems().setAll(warehouses);
        warehouse.setConverter(new StringConverter<>() {
            @Override
            public String toString(Warehouse w) {
                return w == null ? "" : w.name();
            }

            @Override
            public Warehouse fromString(String text) {
                return null;
            }
        });
        Long shippedFrom = detail.ticket().warehouseId();
        warehouses.stream().filter(w -> shippedFrom == null || w.id() == shippedFrom).findFirst()
                .ifPresent(warehouse::setValue);
        grid.addRow(0, new Label(i18n.get("aftersales.receive.warehouse")), warehouse);
        grid.addRow(1, new Label(i18n.get("aftersales.receive.line")),
                new Label(i18n.get("aftersales.receive.expected")),
                new Label(i18n.get("aftersales.condition.name.RESELLABLE")),
                new Label(i18n.get("aftersales.condition.name.DAMAGED")),
                new Label(i18n.get("aftersales.condition.name.MISSING")));
        List<Map<ItemCondition, Spinner<Integer>>> counts = new ArrayList<>();
        List<TicketLineView> open = detail.lines().stream().filter(l -> l.outstanding() > 0).toList();
        for (int i = 0; i < open.size(); i++) {
            TicketLineView line = open.get(i);
            Map<ItemCondition, Spinner<Integer>> row = new EnumMap<>(ItemCondition.class);
            for (ItemCondition c : ItemCondition.values()) {
                int suggested = c == ItemCondition.RESELLABLE ? line.outstanding() : 0;
                row.put(c, Spinners.whole("aftersales-receive-" + c.name() + "-" + i, 0, line.outstanding(),
                        suggested));
            }
            counts.add(row);
            grid.addRow(i + 2, new Label(line.skuCode() + " " + (line.title() == null ? "" : line.title())),
                    new Label(String.valueOf(line.outstanding())), row.get(ItemCondition.RESELLABLE),
                    row.get(ItemCondition.DAMAGED), row.get(ItemCondition.MISSING));
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(760);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(warehouse.valueProperty().isNull());
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            List<ReceivedLine> lines = new ArrayList<>();
            for (int i = 0; i < open.size(); i++) {
                for (var entry : counts.get(i).entrySet()) {
                    int quantity = entry.getValue().getValue();
                    if (quantity > 0) {
                        lines.add(new ReceivedLine(open.get(i).id(), quantity, entry.getKey()));
                    }
                }
            }
            return new Receipt(warehouse.getValue().id(), lines);
        });
        return dialog.showAndWait();
    }
}

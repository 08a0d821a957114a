package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.TicketDetail;
import io.storedesk.aftersales.TicketLineView;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Spinners;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Ships an exchange: per returned line, the SKU that goes out instead (the same one by default; type another
 * size's code) and how many. The service opens the replacement order that routing ships.
 */
final class ExchangeDialog {

    private ExchangeDialog() {
    }

    /** SKU code → units to send. */
    static Optional<Map<String, Integer>> show(Window owner, I18n i18n, TicketDetail detail) {
        Dialog<Map<String, Integer>> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("aftersales.exchangeDialog.title", detail.ticket().code()));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("aftersales.exchangeDialog.returned")),
                new Label(i18n.get("aftersales.exchangeDialog.sendSku")), new Label(i18n.get(
                        "aftersales.newTicket.units")));
        List<TextField> codes = new ArrayList<>();
        List<Spinner<Integer>> units = new ArrayList<>();
        for (int i = 0; i < detail.lines().size(); i++) {
            TicketLineView line = detail.lines().get(i);
            TextField code = new TextField(line.skuCode());
            code.setId("aftersales-exchange-sku-" + i);
            Spinner<Integer> count = Spinners.whole("aftersales-exchange-units-" + i, 0, 999, line.quantity());
            codes.add(code);
            units.add(count);
            grid.addRow(i + 1, new Label(line.skuCode() + " " + (line.title() == null ? "" : line.title())), code,
                    count);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(640);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            Map<String, Integer> send = new LinkedHashMap<>();
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i).getText().strip();
                if (!code.isEmpty() && units.get(i).getValue() > 0) {
                    send.merge(code, units.get(i).getValue(), Integer::sum);
                }
            }
            return send;
        });
        return dialog.showAndWait();
    }
}

package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.ReasonCodes;
import io.storedesk.aftersales.TicketType;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.LineStock;
import io.storedesk.orders.OrderDetail;
import io.storedesk.orders.OrderLine;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Spinners;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Opens an after-sales ticket on an order: its type, the reason, which goods and how many (a return or an
 * exchange needs at least one unit), and an optional subject. The service checks the units left to claim.
 */
final class NewTicketDialog {

    private NewTicketDialog() {
    }

    /** What the person asked for; orderLineId → units. */
    record Request(TicketType type, String reason, String subject, Map<Long, Integer> units) {
    }

    static Optional<Request> show(Window owner, I18n i18n, OrderDetail order) {
        Dialog<Request> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("aftersales.newTicket.title", order.order().externalId()));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ComboBox<TicketType> type = new ComboBox<>();
        type.setId("aftersales-new-type");
        type.setPrefWidth(220);
        type.getItems().setAll(TicketType.values());
        type.setConverter(labels(i18n, "aftersales.type."));
        ComboBox<String> reason = new ComboBox<>();
        reason.setId("aftersales-new-reason");
        reason.setPrefWidth(220);
        reason.setConverter(labels(i18n, "aftersales.reason."));
        type.valueProperty().addListener((obs, old, now) -> {
            reason.getItems().setAll(now == null ? List.of() : ReasonCodes.forType(now));
            reason.getSelectionModel().selectFirst();
        });
        type.setValue(TicketType.RETURN);
        TextField subject = new TextField();
        subject.setId("aftersales-new-subject");
        subject.setPromptText(i18n.get("aftersales.newTicket.subjectPrompt"));
        grid.addRow(0, new Label(i18n.get("aftersales.column.type")), type);
        grid.addRow(1, new Label(i18n.get("aftersales.newTicket.reason")), reason);
        grid.addRow(2, new Label(i18n.get("aftersales.column.subject")), subject);
        grid.addRow(3, new Label(i18n.get("aftersales.newTicket.goods")), new Label(i18n.get(
                "aftersales.newTicket.units")));
        List<OrderLine> goods = order.lines().stream().map(LineStock::line).filter(l -> l.kind() == LineKind.SALE)
                .toList();
        Map<Long, Spinner<Integer>> units = new LinkedHashMap<>();
        for (int i = 0; i < goods.size(); i++) {
            OrderLine line = goods.get(i);
            Spinner<Integer> count = Spinners.whole("aftersales-new-units-" + i, 0, line.quantity(),
                    goods.size() == 1 ? line.quantity() : 0);
            units.put(line.id(), count);
            grid.addRow(i + 4, new Label(i18n.get("aftersales.newTicket.line", line.skuCode(),
                    line.title() == null ? "" : line.title(), line.quantity())), count);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(620);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            Map<Long, Integer> chosen = new LinkedHashMap<>();
            units.forEach((id, spinner) -> {
                if (spinner.getValue() > 0) {
                    chosen.put(id, spinner.getValue());
                }
            });
            return new Request(type.getValue(), reason.getValue(), subject.getText(), chosen);
        });
        return dialog.showAndWait();
    }

    private static <T> StringConverter<T> labels(I18n i18n, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : i18n.get(prefix + (value instanceof Enum<?> e ? e.name() : value));
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}

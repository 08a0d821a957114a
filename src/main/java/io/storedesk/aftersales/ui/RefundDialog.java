package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.AgentName;
import io.storedesk.aftersales.returns.RefundQuote;
import io.storedesk.common.Money;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.Formats;
import io.storedesk.ui.I18n;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Refunds a ticket: what the rules compute (goods, shipping, restocking fee), the amount to give (at most that),
 * and who approves it; the service refuses an approver whose role's limit is below the amount.
 */
final class RefundDialog {

    private RefundDialog() {
    }

    /** What to refund and who approves it. */
    record RefundChoice(BigDecimal amount, String approver) {
    }

    static Optional<RefundChoice> show(Window owner, I18n i18n, String ticketCode, RefundQuote quote,
                                       List<AgentName> approvers, String user) {
        Formats f = i18n.formats();
        Dialog<RefundChoice> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("aftersales.refundDialog.title", ticketCode));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int units = quote.lines().stream().mapToInt(RefundQuote.LineRefund::quantity).sum();
        grid.addRow(0, new Label(i18n.get("aftersales.refundDialog.goods", units)),
                new Label(f.money(quote.lines().stream().map(RefundQuote.LineRefund::amount)
                        .reduce(Money.zero(quote.total().currency()), Money::plus))));
        grid.addRow(1, new Label(i18n.get("aftersales.refundDialog.shipping")), new Label(f.money(quote.shipping())));
        grid.addRow(2, new Label(i18n.get("aftersales.refundDialog.fee")), new Label(f.money(quote.restockingFee())));
        grid.addRow(3, new Label(i18n.get("aftersales.refundDialog.total")), new Label(f.money(quote.total())));
        TextField amount = new TextField(quote.total().amount().toPlainString());
        amount.setId("aftersales-refund-amount");
        grid.addRow(4, new Label(i18n.get("aftersales.refundDialog.amount")), amount);
        ComboBox<AgentName> approver = approvers(approvers, user);
        grid.addRow(5, new Label(i18n.get("aftersales.refundDialog.approver")), approver);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(480);
        // An amount that can't be read keeps OK disabled: a slip must never turn into the full refund.
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(approver.valueProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> parse(amount.getText()) == null, amount.textProperty())));
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            return new RefundChoice(parse(amount.getText()), approver.getValue().username());
        });
        return dialog.showAndWait();
    }

    /** The people who may approve, with the one working at the desk chosen when they are among them. */
    static ComboBox<AgentName> approvers(List<AgentName> approvers, String user) {
        ComboBox<AgentName> approver = new ComboBox<>();
        approver.setId("aftersales-refund-approver");
        approver.setPrefWidth(220);
        approver.getItems().setAll(approvers);
        approver.setConverter(new StringConverter<>() {
            @Override
            public String toString(AgentName a) {
                return a == null ? "" : a.displayName();
            }

            @Override
            public AgentName fromString(String text) {
                return null;
            }
        });
        approvers.stream().filter(a -> a.username().equals(user)).findFirst().ifPresent(approver::setValue);
        return approver;
    }

    /** The typed amount, or null when it is not a number ("1,280.50" reads as 1280.50). */
    static BigDecimal parse(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

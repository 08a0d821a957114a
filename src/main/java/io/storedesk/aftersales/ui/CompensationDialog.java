package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.AgentName;
import io.storedesk.aftersales.returns.CompensationKind;
import io.storedesk.ui.Dialogs;
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

/** Grants goodwill on a ticket (补偿券 or a partial refund): what, how much, who approves it within their limit. */
final class CompensationDialog {

    private CompensationDialog() {
    }

    record Grant(CompensationKind kind, BigDecimal amount, String approver) {
    }

    static Optional<Grant> show(Window owner, I18n i18n, String ticketCode, List<AgentName> approvers, String user) {
        Dialog<Grant> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("aftersales.compensationDialog.title", ticketCode));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ComboBox<CompensationKind> kind = new ComboBox<>();
        kind.setId("aftersales-compensation-kind");
        kind.getItems().setAll(CompensationKind.values());
        kind.setValue(CompensationKind.COUPON);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(CompensationKind k) {
                return k == null ? "" : i18n.get("aftersales.compensationDialog.kind." + k.name());
            }

            @Override
            public CompensationKind fromString(String text) {
                return null;
            }
        });
        TextField amount = new TextField();
        amount.setId("aftersales-compensation-amount");
        ComboBox<AgentName> approver = RefundDialog.approvers(approvers, user);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("aftersales.compensationDialog.kind")), kind);
        grid.addRow(1, new Label(i18n.get("aftersales.compensationDialog.amount")), amount);
        grid.addRow(2, new Label(i18n.get("aftersales.refundDialog.approver")), approver);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(460);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(approver.valueProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> RefundDialog.parse(amount.getText()) == null,
                        amount.textProperty())));
        dialog.setResultConverter(button -> button != ButtonType.OK ? null
                : new Grant(kind.getValue(), RefundDialog.parse(amount.getText()), approver.getValue().username()));
        return dialog.showAndWait();
    }
}

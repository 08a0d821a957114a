package io.storedesk.stock.ui;

import io.storedesk.stock.StockPlanningService;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks why a warning is put aside and, for a snooze, for how many days. OK stays off until there is a reason. */
final class PutAsideDialog {

    private PutAsideDialog() {
    }

    record Answer(String reason, int days) {
    }

    static Optional<Answer> ask(Window owner, I18n i18n, boolean snooze) {
        Dialog<Answer> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get(snooze ? "stock.action.snooze" : "stock.action.dismiss"));
        dialog.setHeaderText(i18n.get(snooze ? "stock.putAside.snoozeHeader" : "stock.putAside.dismissHeader"));
        TextField reason = new TextField();
        reason.setId("stock-put-aside-reason");
        reason.setPromptText(i18n.get("stock.putAside.reasonPrompt"));
        Spinner<Integer> days = new Spinner<>(1, StockPlanningService.MAX_SNOOZE_DAYS, 7);
        days.setId("stock-put-aside-days");
        days.setEditable(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(i18n.get("stock.putAside.reason")), reason);
        if (snooze) {
            form.addRow(1, new Label(i18n.get("stock.putAside.days")), days);
        }
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(reason.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Answer(reason.getText(), snooze ? days.getValue() : 0) : null);
        return dialog.showAndWait();
    }
}

package io.storedesk.stock.ui;

import io.storedesk.stock.PlanningPolicy;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Spinners;
import java.math.BigDecimal;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The planning thresholds as a form. Shares are shown as whole percents; the service checks the values
 * and refuses a set that does not hold together (the pane then says why).
 */
final class PolicyDialog {

    private PolicyDialog() {
    }

    static Optional<PlanningPolicy> edit(Window owner, I18n i18n, PlanningPolicy policy) {
        Dialog<PlanningPolicy> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("stock.thresholds"));
        dialog.setHeaderText(i18n.get("stock.policy.header"));
        Spinner<Integer> target = field("targetCoverDays", 1, 3650, policy.targetCoverDays());
        Spinner<Integer> overstock = field("overstockCoverDays", 1, 3650, policy.overstockCoverDays());
        Spinner<Integer> slow = field("slowMovingDays", 1, 3650, policy.slowMovingDays());
        Spinner<Integer> expiry = field("nearExpiryDays", 1, 3650, policy.nearExpiryDays());
        Spinner<Integer> lead = field("defaultLeadTimeDays", 1, 3650, policy.defaultLeadTimeDays());
        Spinner<Integer> service = field("serviceLevel", 50, 99, percent(policy.defaultServiceLevel()));
        Spinner<Integer> abcA = field("abcA", 1, 99, percent(policy.abcA()));
        Spinner<Integer> abcB = field("abcB", 0, 99, percent(policy.abcB()));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        for (var field : new Object[][] {{"targetCoverDays", target}, {"overstockCoverDays", overstock},
                {"slowMovingDays", slow}, {"nearExpiryDays", expiry}, {"defaultLeadTimeDays", lead},
                {"serviceLevel", service}, {"abcA", abcA}, {"abcB", abcB}}) {
            form.addRow(row++, new Label(i18n.get("stock.policy." + field[0])), (Spinner<?>) field[1]);
        }
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : new PlanningPolicy(policy.historyDays(),
                policy.halfLifeDays(), target.getValue(), overstock.getValue(), slow.getValue(), expiry.getValue(),
                lead.getValue(), share(service), share(abcA), share(abcB),
                policy.xyzX(), policy.xyzY()));
        return dialog.showAndWait();
    }

    private static Spinner<Integer> field(String name, int min, int max, int value) {
        return Spinners.whole("stock-policy-" + name, min, max, value);
    }

    private static int percent(BigDecimal share) {
        return Spinners.percent(share);
    }

    private static BigDecimal share(Spinner<Integer> percent) {
        return Spinners.share(percent.getValue());
    }
}

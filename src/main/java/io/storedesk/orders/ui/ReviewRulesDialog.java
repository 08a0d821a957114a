package io.storedesk.orders.ui;

import io.storedesk.common.Money;
import io.storedesk.orders.review.MergePolicy;
import io.storedesk.orders.review.ReviewPolicy;
import io.storedesk.orders.ui.OrderDesk.ReviewRules;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Spinners;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The review (审单) rules and the merge rule as a form: which holds apply, the amount above which an order is
 * looked at (blank = never), how many orders from one phone within how many hours, and whether merges happen
 * by themselves. An amount that is not a number keeps OK disabled, so nothing half-typed is saved.
 */
final class ReviewRulesDialog {

    private ReviewRulesDialog() {
    }

    static Optional<ReviewRules> edit(Window owner, I18n i18n, ReviewRules rules) {
        ReviewPolicy review = rules.review();
        Dialog<ReviewRules> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("orders.rules.title"));
        dialog.setHeaderText(i18n.get("orders.rules.header"));
        CheckBox address = check(i18n, "addressCheck", review.addressCheck());
        CheckBox note = check(i18n, "holdBuyerNote", review.holdBuyerNote());
        CheckBox unpaid = check(i18n, "holdUnpaid", review.holdUnpaid());
        CheckBox presale = check(i18n, "holdPresale", review.holdPresale());
        TextField amount = new TextField(review.highAmount() == null ? ""
                : review.highAmount().amount().stripTrailingZeros().toPlainString());
        amount.setId("orders-rules-highAmount");
        amount.setPromptText(i18n.get("orders.rules.off"));
        Spinner<Integer> phoneOrders = Spinners.whole("orders-rules-riskPhoneOrders", 0, 99, review.riskPhoneOrders());
        Spinner<Integer> phoneHours = Spinners.whole("orders-rules-riskPhoneHours", 1, 24 * 30,
                (int) Math.max(1, review.riskPhoneWindow().toHours()));
        CheckBox mergeAutomatic = check(i18n, "mergeAutomatic", rules.merge().automatic());
        Spinner<Integer> mergeHours = Spinners.whole("orders-rules-mergeHours", 1, 24 * 30,
                (int) Math.max(1, rules.merge().window().toHours()));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        // Sentences span both columns: in one column they would be cut to the width of the field labels.
        for (CheckBox box : new CheckBox[] {address, note, unpaid, presale}) {
            form.add(box, 0, row++, 2, 1);
        }
        form.addRow(row++, new Label(i18n.get("orders.rules.highAmount", review.highAmount() == null ? Money.CNY
                : review.highAmount().currency())), amount);
        form.addRow(row++, new Label(i18n.get("orders.rules.riskPhoneOrders")), phoneOrders);
        form.addRow(row++, new Label(i18n.get("orders.rules.riskPhoneHours")), phoneHours);
        form.add(mergeAutomatic, 0, row++, 2, 1);
        form.addRow(row, new Label(i18n.get("orders.rules.mergeHours")), mergeHours);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> amount(amount.getText()) == null
                        && !amount.getText().isBlank(), amount.textProperty()));
        String currency = review.highAmount() == null ? Money.CNY : review.highAmount().currency();
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            BigDecimal threshold = amount(amount.getText());
            return new ReviewRules(new ReviewPolicy(address.isSelected(), note.isSelected(),
                    threshold == null ? null : new Money(threshold, currency), phoneOrders.getValue(),
                    Duration.ofHours(phoneHours.getValue()), unpaid.isSelected(), presale.isSelected()),
                    new MergePolicy(mergeAutomatic.isSelected(), Duration.ofHours(mergeHours.getValue())));
        });
        return dialog.showAndWait();
    }

    /** The typed amount, or null when blank or not a positive number. */
    static BigDecimal amount(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(",", ""));
            return value.signum() > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static CheckBox check(I18n i18n, String name, boolean selected) {
        CheckBox box = new CheckBox(i18n.get("orders.rules." + name));
        box.setId("orders-rules-" + name);
        box.setSelected(selected);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }
}

package io.storedesk.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javafx.scene.control.Spinner;
import javafx.scene.layout.Region;

/** Whole-number fields as the desk's forms use them, and shares (0.9) shown as whole percents (90). */
public final class Spinners {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Spinners() {
    }

    /** An editable spinner from min to max, starting at value held within them; never narrower than its text. */
    public static Spinner<Integer> whole(String id, int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, Math.max(min, Math.min(max, value)));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        return spinner;
    }

    /** 0.905 → 91. */
    public static int percent(BigDecimal share) {
        return share.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).intValue();
    }

    /** 90 → 0.90. */
    public static BigDecimal share(int percent) {
        return BigDecimal.valueOf(percent).divide(HUNDRED, 2, RoundingMode.UNNECESSARY);
    }
}

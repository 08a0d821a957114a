package io.storedesk.aftersales.returns;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The shop's return rules, after Shopify's: a return window in days after delivery (or payment, when there is no
 * delivery date) and a restocking fee in percent of the goods refunded. The schema has no "final sale" flag on
 * lines, so the window is what turns a late return away. Both apply to change-of-mind reasons only: when the
 * seller was at fault (damaged, wrong or faulty goods, late delivery) the shop makes it good without a fee,
 * whenever the buyer notices, and pays the shipping back too.
 */
public record ReturnPolicy(int windowDays, BigDecimal restockingFeePercent) {

    public static final String WINDOW_DAYS = "aftersales.returns.window_days";
    public static final String RESTOCKING_FEE_PERCENT = "aftersales.returns.restocking_fee_percent";
    /** Shopify's default window; no restocking fee unless the shop sets one. */
    public static final ReturnPolicy DEFAULTS = new ReturnPolicy(30, BigDecimal.ZERO);

    /** Reason codes (ticket.reason_code) that mean the shop, not the buyer, caused the return. */
    static final Set<String> SELLER_FAULT = Set.of("DAMAGED", "DAMAGED_PARCEL", "WRONG_ITEM", "QUALITY",
            "NOT_AS_DESCRIBED", "MISSING_PART", "LATE_DELIVERY");

    private static final Pattern DAYS = Pattern.compile("\\d{1,4}");
    private static final Pattern PERCENT = Pattern.compile("\\d{1,2}(\\.\\d{1,2})?|100(\\.0{1,2})?");

    public ReturnPolicy {
        if (windowDays < 0) {
            throw new IllegalArgumentException("windowDays must not be negative: " + windowDays);
        }
        if (restockingFeePercent.signum() < 0 || restockingFeePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("restocking fee must be 0..100 %: " + restockingFeePercent);
        }
    }

    public static boolean sellerFault(String reasonCode) {
        return reasonCode != null && SELLER_FAULT.contains(reasonCode);
    }

    /** Reads the settings; a missing or unreadable value takes its default, so a typo never blocks refunds. */
    public static ReturnPolicy fromSettings(Function<String, String> setting) {
        String days = strip(setting.apply(WINDOW_DAYS));
        String fee = strip(setting.apply(RESTOCKING_FEE_PERCENT));
        return new ReturnPolicy(DAYS.matcher(days).matches() ? Integer.parseInt(days) : DEFAULTS.windowDays,
                PERCENT.matcher(fee).matches() ? new BigDecimal(fee) : DEFAULTS.restockingFeePercent);
    }

    public Map<String, String> toSettings() {
        return Map.of(WINDOW_DAYS, Integer.toString(windowDays), RESTOCKING_FEE_PERCENT,
                restockingFeePercent.toPlainString());
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}

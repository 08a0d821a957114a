package io.storedesk.orders.review;

import io.storedesk.common.Money;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which review rules the shop turned on and their thresholds. highAmount null turns the amount rule off;
 * riskPhoneOrders 0 turns the phone rule off, otherwise an order holds when its phone already placed that many
 * others within riskPhoneWindow (with 3, the fourth order holds).
 */
public record ReviewPolicy(boolean addressCheck, boolean holdBuyerNote, Money highAmount, int riskPhoneOrders,
                           Duration riskPhoneWindow, boolean holdUnpaid, boolean holdPresale) {

    static final String PREFIX = "orders.review.";
    public static final String ADDRESS_CHECK = PREFIX + "addressCheck";
    public static final String HOLD_BUYER_NOTE = PREFIX + "holdBuyerNote";
    /** "5000.00 CNY", or "off". */
    public static final String HIGH_AMOUNT = PREFIX + "highAmount";
    public static final String RISK_PHONE_ORDERS = PREFIX + "riskPhoneOrders";
    public static final String RISK_PHONE_WINDOW_MINUTES = PREFIX + "riskPhoneWindowMinutes";
    public static final String HOLD_UNPAID = PREFIX + "holdUnpaid";
    public static final String HOLD_PRESALE = PREFIX + "holdPresale";

    private static final ReviewPolicy DEFAULTS = new ReviewPolicy(true, true, Money.of("5000.00", Money.CNY), 3,
            Duration.ofHours(24), true, true);

    public ReviewPolicy {
        Objects.requireNonNull(riskPhoneWindow, "riskPhoneWindow");
        if (riskPhoneOrders < 0 || riskPhoneWindow.isNegative()) {
            throw new IllegalArgumentException("risk phone rule needs a count and window of at least 0");
        }
        if (highAmount != null && highAmount.isNegative()) {
            throw new IllegalArgumentException("highAmount must not be negative: " + highAmount);
        }
    }

    /** Address check and buyer notes on, ¥5,000, 3 orders from one phone in 24 hours, unpaid and presale held. */
    public static ReviewPolicy defaults() {
        return DEFAULTS;
    }

    public boolean riskPhoneOn() {
        return riskPhoneOrders > 0 && !riskPhoneWindow.isZero();
    }

    /** The policy as settings rows; the window is kept in whole minutes. */
    public Map<String, String> toSettings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(ADDRESS_CHECK, Boolean.toString(addressCheck));
        s.put(HOLD_BUYER_NOTE, Boolean.toString(holdBuyerNote));
        s.put(HIGH_AMOUNT, SettingValues.amountText(highAmount));
        s.put(RISK_PHONE_ORDERS, Integer.toString(riskPhoneOrders));
        s.put(RISK_PHONE_WINDOW_MINUTES, SettingValues.minutesText(riskPhoneWindow));
        s.put(HOLD_UNPAID, Boolean.toString(holdUnpaid));
        s.put(HOLD_PRESALE, Boolean.toString(holdPresale));
        return Collections.unmodifiableMap(s);
    }

    /** Reads the orders.review.* settings; each missing or unreadable one takes its default. Never throws. */
    public static ReviewPolicy fromSettings(Map<String, String> settings) {
        ReviewPolicy d = DEFAULTS;
        return new ReviewPolicy(SettingValues.flag(settings, ADDRESS_CHECK, d.addressCheck),
                SettingValues.flag(settings, HOLD_BUYER_NOTE, d.holdBuyerNote),
                SettingValues.amount(settings, HIGH_AMOUNT, d.highAmount),
                SettingValues.count(settings, RISK_PHONE_ORDERS, d.riskPhoneOrders),
                SettingValues.minutes(settings, RISK_PHONE_WINDOW_MINUTES, d.riskPhoneWindow),
                SettingValues.flag(settings, HOLD_UNPAID, d.holdUnpaid),
                SettingValues.flag(settings, HOLD_PRESALE, d.holdPresale));
    }
}

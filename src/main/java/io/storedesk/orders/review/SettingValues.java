package io.storedesk.orders.review;

import io.storedesk.common.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads policy settings leniently: a missing, hand-mangled or out-of-range value gives the default, so a bad
 * setting never stops orders from being reviewed.
 */
final class SettingValues {

    static final String OFF = "off";
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,12}(?:\\.\\d{1,4})?)(?:\\s+([A-Za-z]{3}))?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private SettingValues() {
    }

    static boolean flag(Map<String, String> settings, String key, boolean fallback) {
        String v = value(settings, key);
        return "true".equals(v) ? true : "false".equals(v) ? false : fallback;
    }

    static int count(Map<String, String> settings, String key, int fallback) {
        String v = value(settings, key);
        return WHOLE.matcher(v).matches() ? Integer.parseInt(v) : fallback;
    }

    /** A duration kept in whole minutes, like the shop's other time settings; at least one minute. */
    static Duration minutes(Map<String, String> settings, String key, Duration fallback) {
        String v = value(settings, key);
        return WHOLE.matcher(v).matches() && Long.parseLong(v) > 0 ? Duration.ofMinutes(Long.parseLong(v)) : fallback;
    }

    /** "5000.00 CNY", "6000" (yuan) or "off" (null). */
    static Money amount(Map<String, String> settings, String key, Money fallback) {
        String v = value(settings, key);
        if (OFF.equals(v)) {
            return null;
        }
        Matcher m = AMOUNT.matcher(v);
        if (!m.matches()) {
            return fallback;
        }
        String currency = m.group(2) == null ? Money.CNY : m.group(2).toUpperCase(Locale.ROOT);
        return new Money(new BigDecimal(m.group(1)), currency);
    }

    static String amountText(Money amount) {
        return amount == null ? OFF : amount.amount().toPlainString() + " " + amount.currency();
    }

    static String minutesText(Duration duration) {
        return Long.toString(duration.toMinutes());
    }

    private static String value(Map<String, String> settings, String key) {
        String v = settings == null ? null : settings.get(key);
        return v == null ? "" : Text.fold(v).toLowerCase(Locale.ROOT);
    }
}

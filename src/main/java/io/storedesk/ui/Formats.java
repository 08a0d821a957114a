package io.storedesk.ui;

import io.storedesk.common.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers, money, percentages and dates as the user's language writes them; times in the user's zone. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Locale locale;
    private final ZoneId zone;

    public Formats(Locale locale) {
        this(locale, ZoneId.systemDefault());
    }

    public Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** ¥1,299.00 for CNY; other currencies as "USD 12.00". */
    public String money(Money money) {
        if (money == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
        String amount = number.format(money.amount());
        return Money.CNY.equals(money.currency()) ? "¥" + amount : money.currency() + " " + amount;
    }

    public String money(BigDecimal amount, String currency) {
        return amount == null ? "" : money(new Money(amount, currency));
    }

    /** 0.1234 -> 12.3% */
    public String percent(BigDecimal share) {
        if (share == null) {
            return "";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        return percent.format(share);
    }

    /** 2026-11-20 21:30 in both languages: compact, unambiguous and sortable. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.withZone(zone).format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /** 2026-11 in both languages, like dates. */
    public String yearMonth(YearMonth month) {
        return month == null ? "" : month.toString();
    }
}

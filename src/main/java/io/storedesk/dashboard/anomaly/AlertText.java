package io.storedesk.dashboard.anomaly;

import io.storedesk.common.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An alert as one sentence for people: "GMV on 2026-11-18: ¥12,300, below the expected ¥20,100–¥26,800;
 * most of the drop: Tmall (−¥6,100), category 纸尿裤 (−¥4,900)". Figures are rounded to whole units: the
 * sentence is for reading, the alert keeps the exact values.
 */
public final class AlertText {

    private final Messages messages;
    private final String currency;

    public AlertText(Messages messages, String currency) {
        this.messages = messages;
        this.currency = currency;
    }

    public String describe(KpiAlert alert) {
        Anomaly anomaly = alert.anomaly();
        Kpi kpi = anomaly.kpi();
        String direction = anomaly.direction().name().toLowerCase(Locale.ROOT);
        String text = messages.get("dashboard.anomaly.alert." + direction, messages.get(kpi.messageKey()),
                anomaly.day().toString(), figure(kpi, anomaly.value(), false), figure(kpi, anomaly.low(), false),
                figure(kpi, anomaly.high(), false));
        if (alert.drivers().isEmpty()) {
            return text;
        }
        String drivers = null;
        for (Driver driver : alert.drivers()) {
            String slice = driver.slice().equals(Driver.UNKNOWN)
                    ? messages.get("dashboard.anomaly.slice.unknown") : driver.slice();
            String named = messages.get("dashboard.anomaly.driver." + driver.dimension().name().toLowerCase(
                    Locale.ROOT), slice, figure(kpi, driver.change(), true));
            drivers = drivers == null ? named : messages.get("dashboard.anomaly.drivers.list", drivers, named);
        }
        return text + messages.get("dashboard.anomaly.drivers." + direction, drivers);
    }

    /** ¥12,300 or 1,234 orders' count; signed changes get a real minus sign or a plus. */
    String figure(Kpi kpi, BigDecimal amount, boolean signed) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(messages.locale()));
        String number = format.format(amount.abs().setScale(0, RoundingMode.HALF_UP));
        String unit = kpi.isMoney() ? symbol() + number : number;
        if (!signed || amount.signum() == 0) {
            return unit;
        }
        return (amount.signum() < 0 ? "−" : "+") + unit;
    }

    private String symbol() {
        return switch (currency) {
            case "CNY" -> "¥";
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            default -> currency + " ";
        };
    }
}

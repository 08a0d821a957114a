package io.storedesk.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * How the demo files write and read values: times as the shop's local wall-clock time in the form
 * spreadsheets recognise (2026-06-18 20:15:33), money with two decimals, booleans as true/false.
 */
final class DemoFormat {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private DemoFormat() {
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        if (value instanceof LocalDateTime time) {
            return DATE_TIME.format(time);
        }
        if (value instanceof Instant) {
            throw new IllegalArgumentException("write local times, not instants");
        }
        if (value instanceof LocalDate || value instanceof LocalTime || value instanceof Number
                || value instanceof Boolean || value instanceof String || value instanceof Enum<?>) {
            return value.toString();
        }
        throw new IllegalArgumentException("no demo format for " + value.getClass());
    }

    /** From the exact binary value, not Double.toString (whose output changed in JDK 19). */
    static BigDecimal money(double amount) {
        return new BigDecimal(amount).setScale(2, RoundingMode.HALF_UP);
    }
}

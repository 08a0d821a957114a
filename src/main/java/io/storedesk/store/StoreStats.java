package io.storedesk.store;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows per table and the span of order history. firstOrderDay/lastOrderDay are null without orders;
 * days are counted in the shop's time zone.
 */
public record StoreStats(Map<String, Long> counts, LocalDate firstOrderDay, LocalDate lastOrderDay) {

    public StoreStats {
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    public long count(String table) {
        return counts.getOrDefault(table, 0L);
    }

    /** Calendar days from the first to the last order, both included (0 without orders). */
    public long orderDays() {
        return firstOrderDay == null ? 0 : lastOrderDay.toEpochDay() - firstOrderDay.toEpochDay() + 1;
    }
}

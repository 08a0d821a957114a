package io.storedesk.dashboard.anomaly;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One figure per day. A day missing from the series is unknown (before the shop had data); a known day
 * without activity is zero, which {@link #zeroFilled} makes explicit.
 */
public record DailySeries(NavigableMap<LocalDate, BigDecimal> values) {

    public DailySeries {
        values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
    }

    /** Every day of [from, to] known: the given values, zero where none is given. */
    public static DailySeries zeroFilled(LocalDate from, LocalDate to, Map<LocalDate, BigDecimal> sparse) {
        TreeMap<LocalDate, BigDecimal> filled = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            filled.put(day, sparse.getOrDefault(day, BigDecimal.ZERO));
        }
        return new DailySeries(filled);
    }

    public Optional<BigDecimal> on(LocalDate day) {
        return Optional.ofNullable(values.get(day));
    }
}

package io.storedesk.dashboard.anomaly;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A day's figure outside the range its own history expected: expected is the baseline, [low, high] the range. */
public record Anomaly(Kpi kpi, LocalDate day, BigDecimal value, BigDecimal expected, BigDecimal low,
        BigDecimal high, Direction direction, Severity severity) {

    /** How far the figure is from the baseline, signed (negative for a drop). */
    public BigDecimal deviation() {
        return value.subtract(expected);
    }
}

package io.storedesk.dashboard.anomaly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Checks a day's figure against its own history, robustly and with weekly seasonality.
 *
 * <ul>
 * <li>Seasonal median: the median of the same weekday over the previous {@code weeks} weeks (at least
 * {@code minPoints} of them known, otherwise nothing is said).</li>
 * <li>Level: the median of the last 28 days divided by the median of the seven weekday medians over the same
 * {@code weeks} weeks. Both sides weigh every weekday alike, so the ratio is the recent level against the
 * seasonal norm (1 when nothing trends); it is 1 when fewer than 28 days are known or the norm is zero.</li>
 * <li>Baseline = seasonal median × level; spread = MAD × 1.4826 × level of the same-weekday values, but at
 * least {@code floorShare} of the baseline, so a flat series does not alert on noise.</li>
 * <li>Alert when |value − baseline| &gt; k × spread; CRITICAL beyond 2k × spread. A zero baseline says
 * nothing (the weekday has no typical activity), so it never alerts.</li>
 * </ul>
 * Medians, not means: one bad day in the history does not move the baseline.
 */
public final class AnomalyDetector {

    public static final int DEFAULT_WEEKS = 8;
    public static final double DEFAULT_K = 3.0;
    public static final int MIN_POINTS = 4;
    public static final double FLOOR_SHARE = 0.10;
    static final int LEVEL_DAYS = 28;
    /** Makes the MAD estimate the standard deviation of normally distributed values. */
    static final double MAD_SCALE = 1.4826;

    private final int weeks;
    private final double k;
    private final int minPoints;
    private final double floorShare;

    public AnomalyDetector() {
        this(DEFAULT_WEEKS, DEFAULT_K, MIN_POINTS, FLOOR_SHARE);
    }

    public AnomalyDetector(int weeks, double k, int minPoints, double floorShare) {
        if (weeks < 1 || k <= 0 || minPoints < 1 || floorShare < 0) {
            throw new IllegalArgumentException("weeks, k and minPoints must be positive, floorShare not negative");
        }
        this.weeks = weeks;
        this.k = k;
        this.minPoints = minPoints;
        this.floorShare = floorShare;
    }

    /** The day's expected range from the history before it; empty when the history is too short. */
    public Optional<Expectation> expect(DailySeries series, LocalDate day) {
        double[] sameWeekday = sameWeekday(series, day, 0);
        if (sameWeekday.length < minPoints) {
            return Optional.empty();
        }
        double seasonal = median(sameWeekday);
        double level = level(series, day);
        double baseline = seasonal * level;
        double spread = Math.max(mad(sameWeekday, seasonal) * MAD_SCALE * level, floorShare * baseline);
        return Optional.of(new Expectation(baseline, spread, Math.max(0, baseline - k * spread),
                baseline + k * spread));
    }

    /** An anomaly when the day's figure is known and outside the range its history expects. */
    public Optional<Anomaly> check(Kpi kpi, DailySeries series, LocalDate day) {
        Optional<BigDecimal> value = series.on(day);
        Optional<Expectation> expectation = expect(series, day);
        if (value.isEmpty() || expectation.isEmpty() || expectation.get().baseline() <= 0) {
            return Optional.empty();
        }
        Expectation expected = expectation.get();
        double distance = Math.abs(value.get().doubleValue() - expected.baseline());
        if (distance <= k * expected.spread()) {
            return Optional.empty();
        }
        Direction direction = value.get().doubleValue() < expected.baseline() ? Direction.DROP : Direction.SPIKE;
        Severity severity = distance > 2 * k * expected.spread() ? Severity.CRITICAL : Severity.WARNING;
        return Optional.of(new Anomaly(kpi, day, value.get(), rounded(expected.baseline()), rounded(expected.low()),
                rounded(expected.high()), direction, severity));
    }

    /** How many days of history before the first checked day the detector reads. */
    public int historyDays() {
        return weeks * 7;
    }

    private double level(DailySeries series, LocalDate day) {
        List<Double> recent = new ArrayList<>();
        for (int back = 1; back <= LEVEL_DAYS; back++) {
            series.on(day.minusDays(back)).ifPresent(v -> recent.add(v.doubleValue()));
        }
        if (recent.size() < LEVEL_DAYS) {
            return 1.0;
        }
        double[] weekdayMedians = new double[7];
        for (int offset = 0; offset < 7; offset++) {
            double[] values = sameWeekday(series, day, offset);
            if (values.length == 0) {
                return 1.0;
            }
            weekdayMedians[offset] = median(values);
        }
        double norm = median(weekdayMedians);
        return norm > 0 ? median(recent.stream().mapToDouble(Double::doubleValue).toArray()) / norm : 1.0;
    }

    /** The known values of the weekday {@code offset} days before day's weekday, over the weeks before day. */
    private double[] sameWeekday(DailySeries series, LocalDate day, int offset) {
        List<Double> values = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            // offset 0: day − 7, day − 14, ...; offset 1..6: the other weekdays within the same weeks.
            long back = offset == 0 ? 7L * (week + 1) : offset + 7L * week;
            series.on(day.minusDays(back)).ifPresent(v -> values.add(v.doubleValue()));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double mad(double[] values, double median) {
        return median(Arrays.stream(values).map(v -> Math.abs(v - median)).toArray());
    }

    private static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}

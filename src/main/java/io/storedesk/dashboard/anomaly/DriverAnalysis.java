package io.storedesk.dashboard.anomaly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The likely drivers of an anomaly: every slice (channel, category, warehouse) is set against its own
 * baseline by the same method as the total. A slice moved the figure when it changed more than its share of
 * the total would explain: its excess = change − (slice baseline / total baseline) × total deviation. Ranked
 * by that excess, in the anomaly's direction, so a big category that merely fell with everything else does
 * not outrank the one channel that stopped selling, and a slice holding the whole total (every line in one
 * warehouse) is never a driver. What is shown is the slice's own change. A slice without enough history is
 * expected at zero (a new channel's whole figure is change). Slices of different dimensions overlap (a Tmall
 * order is also in a category), so their changes are not added up.
 */
public final class DriverAnalysis {

    public static final int TOP = 3;

    private final AnomalyDetector detector;

    public DriverAnalysis(AnomalyDetector detector) {
        this.detector = detector;
    }

    /** At most {@code top} slices that moved with the anomaly, largest change first. */
    public List<Driver> drivers(Anomaly anomaly, Map<Dimension, Map<String, DailySeries>> slices, int top) {
        double total = anomaly.expected().doubleValue();
        double deviation = anomaly.deviation().doubleValue();
        int direction = anomaly.deviation().signum();
        List<Ranked> moved = new ArrayList<>();
        slices.forEach((dimension, series) -> series.forEach((slice, daily) -> {
            BigDecimal value = daily.on(anomaly.day()).orElse(BigDecimal.ZERO);
            double baseline = detector.expect(daily, anomaly.day()).map(Expectation::baseline).orElse(0.0);
            Driver driver = new Driver(dimension, slice, value,
                    BigDecimal.valueOf(baseline).setScale(2, RoundingMode.HALF_UP));
            double excess = driver.change().doubleValue() - (total > 0 ? baseline / total : 0) * deviation;
            if (direction != 0 && driver.change().signum() == direction && Math.signum(excess) == direction) {
                moved.add(new Ranked(driver, Math.abs(excess)));
            }
        }));
        // Ties in a fixed order, so the same data always names the same drivers.
        moved.sort(Comparator.comparingDouble(Ranked::excess).reversed()
                .thenComparing(r -> r.driver().dimension()).thenComparing(r -> r.driver().slice()));
        return moved.stream().limit(top).map(Ranked::driver).toList();
    }

    private record Ranked(Driver driver, double excess) {
    }
}

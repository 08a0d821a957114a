package io.storedesk.dashboard.anomaly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The likely drivers of an anomaly: every slice (channel, category, warehouse) is set against its own
 * baseline by the same method as the total; the slices that moved most in the anomaly's direction, by their
 * absolute change, are the drivers. A slice without enough history is expected at zero (a new channel's
 * whole figure is change). Slices of different dimensions overlap (a Tmall order is also in a category), so
 * their changes are not added up.
 */
public final class DriverAnalysis {

    public static final int TOP = 3;

    private final AnomalyDetector detector;

    public DriverAnalysis(AnomalyDetector detector) {
        this.detector = detector;
    }

    /** At most {@code top} slices that moved with the anomaly, largest change first. */
    public List<Driver> drivers(Anomaly anomaly, Map<Dimension, Map<String, DailySeries>> slices, int top) {
        List<Driver> moved = new ArrayList<>();
        slices.forEach((dimension, series) -> series.forEach((slice, daily) -> {
            BigDecimal value = daily.on(anomaly.day()).orElse(BigDecimal.ZERO);
            double baseline = detector.expect(daily, anomaly.day()).map(Expectation::baseline).orElse(0.0);
            Driver driver = new Driver(dimension, slice, value,
                    BigDecimal.valueOf(baseline).setScale(2, RoundingMode.HALF_UP));
            int sign = driver.change().signum();
            if (sign != 0 && sign == anomaly.deviation().signum()) {
                moved.add(driver);
            }
        }));
        // Ties (equal changes) in a fixed order, so the same data always names the same drivers.
        moved.sort(Comparator.comparing((Driver d) -> d.change().abs()).reversed()
                .thenComparing(Driver::dimension).thenComparing(Driver::slice));
        return List.copyOf(moved.subList(0, Math.min(top, moved.size())));
    }
}

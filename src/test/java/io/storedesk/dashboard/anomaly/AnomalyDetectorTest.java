package io.storedesk.dashboard.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class AnomalyDetectorTest {

    /** A Monday. */
    static final LocalDate START = LocalDate.of(2026, 6, 1);

    private final AnomalyDetector detector = new AnomalyDetector();

    static DailySeries series(int days, IntToDoubleFunction valueOfDay) {
        Map<LocalDate, BigDecimal> values = new TreeMap<>();
        for (int i = 0; i < days; i++) {
            values.put(START.plusDays(i), BigDecimal.valueOf(valueOfDay.applyAsDouble(i)));
        }
        return new DailySeries(new TreeMap<>(values));
    }

    /** Monday to Saturday about 100, Sunday about 200, a fixed noise of −5..+5. */
    static double sundayHigh(int day) {
        double base = START.plusDays(day).getDayOfWeek() == DayOfWeek.SUNDAY ? 200 : 100;
        return base + (day * 37 % 11) - 5;
    }

    private List<Anomaly> scan(DailySeries series, int fromDay) {
        List<Anomaly> found = new ArrayList<>();
        for (LocalDate day = START.plusDays(fromDay); series.on(day).isPresent(); day = day.plusDays(1)) {
            detector.check(Kpi.GMV, series, day).ifPresent(found::add);
        }
        return found;
    }

    @Test
    void aSeasonalSeriesWithOneInjectedDropAlertsOnThatDayOnly() {
        DailySeries series = series(16 * 7, day -> day == 90 ? 40 : sundayHigh(day));

        List<Anomaly> anomalies = scan(series, 28);

        assertThat(anomalies).singleElement().satisfies(a -> {
            assertThat(a.day()).isEqualTo(START.plusDays(90));
            assertThat(a.direction()).isEqualTo(Direction.DROP);
            assertThat(a.value()).isEqualByComparingTo("40");
        });
    }

    @Test
    void sundaysTwiceAsHighAsWeekdaysDoNotAlert() {
        DailySeries series = series(16 * 7, AnomalyDetectorTest::sundayHigh);

        assertThat(scan(series, 28)).isEmpty();
        // The Sunday's baseline is the Sundays', not the week's: 200 ± noise.
        LocalDate sunday = START.plusDays(13 * 7 + 6);
        assertThat(detector.expect(series, sunday).orElseThrow().baseline()).isBetween(195.0, 205.0);
    }

    @Test
    void fewerThanFourSameWeekdaysInTheHistoryRaiseNothing() {
        DailySeries threeWeeks = series(22, day -> day == 21 ? 0 : 100);
        DailySeries fourWeeks = series(29, day -> day == 28 ? 0 : 100);

        assertThat(detector.check(Kpi.GMV, threeWeeks, START.plusDays(21))).isEmpty();
        assertThat(detector.check(Kpi.GMV, fourWeeks, START.plusDays(28))).isPresent();
    }

    /** Weekdays 100, Sundays 200, the eight Wednesdays before the checked Wednesday (day 58) as given. */
    private static DailySeries wednesdays(double... values) {
        return series(59, day -> {
            DayOfWeek weekday = START.plusDays(day).getDayOfWeek();
            if (weekday == DayOfWeek.WEDNESDAY && day < 58) {
                return values[(day - 2) / 7];
            }
            return weekday == DayOfWeek.SUNDAY ? 200 : 100;
        });
    }

    @Test
    void aSteadyWeekdayGetsTheFloorOfTenPercentAsItsSpread() {
        // Wednesdays 90 100 110 100 95 105 100 100: median 100; deviations 10 0 10 0 5 5 0 0, MAD 2.5,
        // × 1.4826 = 3.71 < floor 10. Level: last 28 days' median 100 / weekday medians' median 100 = 1.
        DailySeries series = wednesdays(90, 100, 110, 100, 95, 105, 100, 100);
        LocalDate wednesday = START.plusDays(58);

        Expectation expected = detector.expect(series, wednesday).orElseThrow();

        assertThat(expected.baseline()).isCloseTo(100, within(1e-9));
        assertThat(expected.spread()).isCloseTo(10, within(1e-9));
        assertThat(expected.low()).isCloseTo(70, within(1e-9));
        assertThat(expected.high()).isCloseTo(130, within(1e-9));
    }

    @Test
    void theRangeIsTheBaselinePlusMinusThreeScaledMads() {
        // Wednesdays 60 80 100 120 140 100 100 100: median 100; deviations 40 20 0 20 40 0 0 0, MAD 10,
        // spread 14.826, range 100 ± 44.478.
        DailySeries series = wednesdays(60, 80, 100, 120, 140, 100, 100, 100);
        LocalDate wednesday = START.plusDays(58);

        Expectation expected = detector.expect(series, wednesday).orElseThrow();

        assertThat(expected.spread()).isCloseTo(14.826, within(1e-9));
        assertThat(expected.low()).isCloseTo(55.522, within(1e-9));
        assertThat(expected.high()).isCloseTo(144.478, within(1e-9));
    }

    @Test
    void aFigureOutsideTheRangeIsADropOrASpikeAndTwiceAsFarIsCritical() {
        DailySeries steady = wednesdays(90, 100, 110, 100, 95, 105, 100, 100);

        assertThat(checkWednesday(steady, 70)).isNull();
        assertThat(checkWednesday(steady, 130)).isNull();
        Anomaly drop = checkWednesday(steady, 69);
        assertThat(drop.direction()).isEqualTo(Direction.DROP);
        assertThat(drop.severity()).isEqualTo(Severity.WARNING);
        assertThat(drop.expected()).isEqualByComparingTo("100.00");
        assertThat(drop.low()).isEqualByComparingTo("70.00");
        assertThat(drop.high()).isEqualByComparingTo("130.00");
        assertThat(checkWednesday(steady, 131).direction()).isEqualTo(Direction.SPIKE);
        assertThat(checkWednesday(steady, 39).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(checkWednesday(steady, 40).severity()).isEqualTo(Severity.WARNING);
    }

    private Anomaly checkWednesday(DailySeries history, double value) {
        TreeMap<LocalDate, BigDecimal> values = new TreeMap<>(history.values());
        values.put(START.plusDays(58), BigDecimal.valueOf(value));
        return detector.check(Kpi.GMV, new DailySeries(values), START.plusDays(58)).orElse(null);
    }

    @Test
    void theBaselineFollowsTheRecentLevel() {
        // Four weeks at 100, four at 200: same-weekday median 150, MAD 50 (× 1.4826 = 74.13). Level: last 28 days
        // 200 / weekday medians 150 = 4/3. Baseline 200, spread 98.84, range [0, 496.52].
        DailySeries series = series(57, day -> day < 28 ? 100 : 200);

        Expectation expected = detector.expect(series, START.plusDays(56)).orElseThrow();

        assertThat(expected.baseline()).isCloseTo(200, within(1e-9));
        assertThat(expected.spread()).isCloseTo(98.84, within(1e-9));
        assertThat(expected.low()).isZero();
        assertThat(expected.high()).isCloseTo(496.52, within(1e-9));
    }

    @Test
    void aWeekdayWithoutTypicalActivityNeverAlerts() {
        DailySeries series = series(57, day -> day == 56 ? 500 : 0);

        assertThat(detector.check(Kpi.REFUNDS, series, START.plusDays(56))).isEmpty();
    }
}

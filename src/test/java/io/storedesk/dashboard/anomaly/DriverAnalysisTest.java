package io.storedesk.dashboard.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriverAnalysisTest {

    private static final LocalDate DAY = AnomalyDetectorTest.START.plusDays(56);
    private final AnomalyDetector detector = new AnomalyDetector();
    private final DriverAnalysis analysis = new DriverAnalysis(detector);

    /** Flat at usual for eight weeks, then onTheDay. */
    private static DailySeries flat(double usual, double onTheDay) {
        return AnomalyDetectorTest.series(57, day -> day == 56 ? onTheDay : usual);
    }

    @Test
    void theSlicesThatFellMoreThanTheirShareAreTheDriversOfADrop() {
        // Total 1000 a day, 420 on the day (−580). Change − share × −580: Tmall −600 + 348 = −252,
        // JD +20 + 232 (rose), A −500 + 406 = −94, B −80 + 174 = +94 (fell less than its share),
        // W1 −580 + 580 = 0 (it is the whole).
        Anomaly drop = detector.check(Kpi.GMV, flat(1000, 420), DAY).orElseThrow();
        Map<Dimension, Map<String, DailySeries>> slices = Map.of(
                Dimension.CHANNEL, Map.of("Tmall", flat(600, 0), "JD", flat(400, 420)),
                Dimension.CATEGORY, Map.of("A", flat(700, 200), "B", flat(300, 220)),
                Dimension.WAREHOUSE, Map.of("W1", flat(1000, 420)));

        List<Driver> drivers = analysis.drivers(drop, slices, DriverAnalysis.TOP);

        assertThat(drivers).extracting(Driver::slice).containsExactly("Tmall", "A");
        assertThat(drivers.get(0).dimension()).isEqualTo(Dimension.CHANNEL);
        assertThat(drivers.get(0).expected()).isEqualByComparingTo("600");
        assertThat(drivers.get(0).change()).isEqualByComparingTo("-600");
        assertThat(drivers.get(1).change()).isEqualByComparingTo("-500");
    }

    @Test
    void aSliceThatRoseIsNoDriverOfADropAndANewSliceCountsWhollyForASpike() {
        Anomaly drop = detector.check(Kpi.GMV, flat(1000, 400), DAY).orElseThrow();
        Map<Dimension, Map<String, DailySeries>> rising = Map.of(
                Dimension.CHANNEL, Map.of("JD", flat(400, 900), "Tmall", flat(600, 0)));
        assertThat(analysis.drivers(drop, rising, 3)).extracting(Driver::slice).containsExactly("Tmall");
        Map<Dimension, Map<String, DailySeries>> many = Map.of(Dimension.CATEGORY, Map.of(
                "A", flat(250, 0), "B", flat(250, 0), "C", flat(250, 0), "D", flat(250, 400)));
        assertThat(analysis.drivers(drop, many, 2)).hasSize(2);

        Anomaly spike = detector.check(Kpi.GMV, flat(1000, 2000), DAY).orElseThrow();
        DailySeries newChannel = new DailySeries(new java.util.TreeMap<>(Map.of(DAY,
                java.math.BigDecimal.valueOf(1000))));
        Map<Dimension, Map<String, DailySeries>> launched = Map.of(
                Dimension.CHANNEL, Map.of("Douyin", newChannel, "Tmall", flat(600, 600), "JD", flat(400, 400)));
        List<Driver> drivers = analysis.drivers(spike, launched, 3);
        assertThat(drivers).singleElement().satisfies(d -> {
            assertThat(d.slice()).isEqualTo("Douyin");
            assertThat(d.expected()).isZero();
        });
    }
}

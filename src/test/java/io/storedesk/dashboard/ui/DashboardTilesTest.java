package io.storedesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.dashboard.Period;
import io.storedesk.dashboard.kpi.KpiQuery;
import io.storedesk.dashboard.kpi.KpiReport;
import io.storedesk.demo.DemoShop;
import io.storedesk.testing.TestStores;
import org.junit.jupiter.api.Test;

/** The tiles' sparklines on the demo shop's last 30 days. */
class DashboardTilesTest {

    private final KpiReport report = TestStores.sharedDemo().kpi()
            .report(new KpiQuery(Period.lastDays(DemoShop.LAST_DAY, 30)));

    @Test
    void aFigureSummedByDayDrawsOnePointPerDay() {
        var gmv = spec("tile-gmv");
        assertThat(DashboardTiles.points(gmv, report)).hasSize(30)
                .allSatisfy(p -> assertThat(p).isGreaterThan(0.0));
        assertThat(DashboardTiles.points(gmv, report).stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(report.current().gmv().doubleValue(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theRepurchaseRateAndAConversionWithoutTrafficDrawNoLine() {
        assertThat(report.current().repurchaseRate()).isPositive();
        assertThat(DashboardTiles.points(spec("tile-repurchase"), report)).isEmpty();
        assertThat(report.days()).allSatisfy(d -> assertThat(d.figures().conversion()).isNull());
        assertThat(DashboardTiles.points(spec("tile-conversion"), report)).isEmpty();
    }

    /** A period ending the day after the demo's last orders, as a morning before the first order of the day. */
    @Test
    void aDayWithoutOrdersDrawsNoAverageOrderValueButSalesOfNothing() {
        KpiReport morning = TestStores.sharedDemo().kpi()
                .report(new KpiQuery(Period.lastDays(DemoShop.LAST_DAY.plusDays(1), 30)));
        var aov = DashboardTiles.points(spec("tile-aov"), morning);
        assertThat(aov).hasSize(30);
        assertThat(aov.get(29)).isNaN();
        assertThat(aov.subList(0, 29)).allSatisfy(p -> assertThat(p).isGreaterThan(0.0));
        assertThat(DashboardTiles.points(spec("tile-gmv"), morning).get(29)).isZero();
    }

    private static DashboardTiles.Spec spec(String id) {
        return DashboardTiles.SALES.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}

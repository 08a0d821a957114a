package io.storedesk.dashboard.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.demo.DemoShop;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Alerts on a copy of the demo shop, with one day's Tmall orders taken away. */
class KpiAlertsDemoTest {

    // A calm Wednesday in the demo: well before the Double 11 run-up, whose swings widen every range after it.
    private static final LocalDate DROP_DAY = LocalDate.of(2026, 10, 14);
    private static final LocalDate UP_TO = DROP_DAY.plusDays(3);
    private static final String TMALL = "贝贝乐天猫旗舰店";

    private final Services services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())),
            TestStores.DEMO_CLOCK);
    private final DSLContext dsl = services.store().dsl();
    private final KpiAlerts alerts = services.kpiAlerts();

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void daysAfterTheLastOrderAndTheLastSyncAreUnheardOfNotDaysWithoutSales() {
        Clock fiveDaysOn = Clock.offset(TestStores.DEMO_CLOCK, Duration.ofDays(5));
        try (Services later = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())), fiveDaysOn)) {
            // As an earlier version scanned: up to yesterday, the days after the demo's last orders read as empty.
            List<KpiAlert> unheard = later.kpiAlerts().scan(LocalDate.now(fiveDaysOn.withZone(DemoShop.ZONE))
                    .minusDays(1), 7).stream().filter(a -> a.anomaly().day().isAfter(DemoShop.LAST_DAY)).toList();
            assertThat(unheard).hasSizeGreaterThan(1);
            KpiAlert seen = later.kpiAlerts().acknowledge(unheard.get(0).id(), "lina");

            List<KpiAlert> recent = later.kpiAlerts().scanRecent(7);

            // The last day itself is known only until its last order, at half past nine in the evening.
            assertThat(recent).allSatisfy(a -> assertThat(a.anomaly().day()).isBefore(DemoShop.LAST_DAY));
            // What the earlier scan raised on those days is withdrawn, unless somebody acknowledged it.
            assertThat(later.kpiAlerts().open()).allSatisfy(a -> assertThat(a.anomaly().day())
                    .isBefore(DemoShop.LAST_DAY));
            assertThat(later.kpiAlerts().find(unheard.get(1).id())).isEmpty();
            assertThat(later.kpiAlerts().find(seen.id())).contains(seen);

            // A channel sync finished just now with nothing to pull: the days since are known to be quiet.
            later.store().dsl().execute("INSERT INTO sync_run (channel_id, started_at, finished_at, status) "
                    + "SELECT MIN(id), CURRENT_TIMESTAMP, ?, 'OK' FROM channel", fiveDaysOn.instant());
            List<KpiAlert> quiet = later.kpiAlerts().scanRecent(7);

            assertThat(quiet).anySatisfy(a -> {
                assertThat(a.anomaly().kpi()).isEqualTo(Kpi.GMV);
                assertThat(a.anomaly().day()).isAfter(DemoShop.LAST_DAY);
                assertThat(a.anomaly().direction()).isEqualTo(Direction.DROP);
            });
        }
    }

    @Test
    void losingADaysTmallOrdersRaisesAGmvDropNamingTmallOnceAndAcknowledgingClosesIt() {
        List<KpiAlert> before = alerts.scan(UP_TO, 7);
        assertThat(before).noneMatch(a -> a.anomaly().kpi() == Kpi.GMV && a.anomaly().day().equals(DROP_DAY));
        assertThat(alerts.scan(UP_TO, 7)).isEmpty();

        int moved = takeAwayTmallOrdersOf(DROP_DAY);
        List<KpiAlert> raised = alerts.scan(UP_TO, 7);

        assertThat(moved).isPositive();
        KpiAlert gmv = raised.stream().filter(a -> a.anomaly().kpi() == Kpi.GMV).findFirst().orElseThrow();
        assertThat(gmv.anomaly().day()).isEqualTo(DROP_DAY);
        assertThat(gmv.anomaly().direction()).isEqualTo(Direction.DROP);
        assertThat(gmv.anomaly().value()).isEqualByComparingTo(gmvOf(DROP_DAY));
        assertThat(gmv.anomaly().value()).isLessThan(gmv.anomaly().low());
        assertThat(gmv.drivers()).isNotEmpty();
        assertThat(gmv.drivers().get(0).dimension()).isEqualTo(Dimension.CHANNEL);
        assertThat(gmv.drivers().get(0).slice()).isEqualTo(TMALL);
        assertThat(gmv.drivers().get(0).value()).isZero();
        assertThat(gmv.raisedAt()).isEqualTo(TestStores.DEMO_CLOCK.instant());
        String text = new AlertText(new Messages(Messages.ENGLISH), "CNY").describe(gmv);
        assertThat(text).startsWith("GMV on " + DROP_DAY + ": ¥")
                .contains("most of the drop: " + TMALL + " (−¥");
        assertThat(alerts.scan(UP_TO, 7)).isEmpty();
        assertThat(alerts.open()).extracting(KpiAlert::id).contains(gmv.id());

        KpiAlert acknowledged = alerts.acknowledge(gmv.id(), "mei");

        assertThat(acknowledged.acknowledgedBy()).isEqualTo("mei");
        assertThat(acknowledged.acknowledgedAt()).isEqualTo(TestStores.DEMO_CLOCK.instant());
        assertThat(alerts.open()).extracting(KpiAlert::id).doesNotContain(gmv.id());
        assertThat(alerts.scan(UP_TO, 7)).isEmpty();
        assertThatThrownBy(() -> alerts.acknowledge(gmv.id(), "li")).isInstanceOf(RefusedInputException.class);
        assertThatThrownBy(() -> alerts.acknowledge(-1, "li")).isInstanceOf(RefusedInputException.class);
    }

    @Test
    void openAlertsListTheLatestDayFirst() {
        takeAwayTmallOrdersOf(DROP_DAY);
        takeAwayTmallOrdersOf(DROP_DAY.minusDays(9));
        alerts.scan(UP_TO, 14);

        List<LocalDate> days = alerts.open().stream().map(a -> a.anomaly().day()).toList();

        assertThat(days).contains(DROP_DAY, DROP_DAY.minusDays(9));
        assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    /** Moves the day's Tmall orders years back, out of every window the scan reads. */
    private int takeAwayTmallOrdersOf(LocalDate day) {
        int moved = dsl.execute("UPDATE orders SET placed_at = placed_at - INTERVAL '2000' DAY"
                + " WHERE channel_id = (SELECT id FROM channel WHERE code = 'TMALL')"
                + " AND " + placedOn(day, "placed_at"));
        // The scan reads the rollups' daily sales, which catch up with the orders first, as the dashboard has them.
        services.kpiRollups().rebuild();
        return moved;
    }

    /** The day's GMV by a different path: one SQL sum over the sold lines (the GMV tile's) in the shop's zone. */
    private java.math.BigDecimal gmvOf(LocalDate day) {
        return (java.math.BigDecimal) dsl.fetchValue("SELECT COALESCE(SUM(l.quantity * l.unit_price), 0)"
                + " FROM orders o JOIN order_line l ON l.order_id = o.id"
                + " WHERE l.kind = 'SALE' AND l.quantity > 0 AND l.unit_price > 0"
                + " AND " + placedOn(day, "o.placed_at"));
    }

    /** The day in the demo's zone (UTC+8, no daylight saving) as a condition on a timestamp column. */
    private static String placedOn(LocalDate day, String column) {
        return column + " >= TIMESTAMP WITH TIME ZONE '" + day + " 00:00:00+08:00' AND " + column
                + " < TIMESTAMP WITH TIME ZONE '" + day.plusDays(1) + " 00:00:00+08:00'";
    }
}

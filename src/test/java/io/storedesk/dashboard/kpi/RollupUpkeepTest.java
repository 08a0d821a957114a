package io.storedesk.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.dashboard.Period;
import io.storedesk.orders.OrderStatus;
import io.storedesk.testing.TestStores;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The window's upkeep of the KPI rollups: a catch-up in the background after orders were written. */
class RollupUpkeepTest {

    private static final KpiQuery FIRST_WEEK = new KpiQuery(new Period(LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 7)));

    @Test
    void onceStartedOrdersWrittenAreRolledUpWithoutTheDashboardAsking() {
        KpiStore store = new KpiStore(TestStores.emptyInMemory()).withOrders();
        try (Services services = store.services) {
            KpiRollups rollups = rollups(services);
            rollups.rebuild();
            AtomicInteger caughtUp = new AtomicInteger();
            RollupUpkeep upkeep = new RollupUpkeep(rollups, caughtUp::incrementAndGet);
            upkeep.start();

            upkeep.ordersWritten();                           // nothing written yet: nothing to follow
            addOrderO7(store);
            upkeep.ordersWritten();
            upkeep.close();                                   // waits for the catch-ups under way

            assertThat(caughtUp).hasValue(1);                 // the dashboard's indexes followed once
            assertThat(rollups.catchUp()).isZero();           // nothing left for the dashboard to do
            assertThat(services.kpi().report(FIRST_WEEK).current().gmv()).isEqualByComparingTo("750"); // 650 + O7's 100
        }
    }

    @Test
    void beforeStartNothingRunsAndTheDashboardStillCatchesUp() {
        KpiStore store = new KpiStore(TestStores.emptyInMemory()).withOrders();
        try (Services services = store.services) {
            KpiRollups rollups = rollups(services);
            rollups.rebuild();
            RollupUpkeep upkeep = new RollupUpkeep(rollups, () -> { });

            addOrderO7(store);
            upkeep.ordersWritten();
            upkeep.close();

            assertThat(rollups.catchUp()).isEqualTo(1);       // O7 was left for the next reader
        }
    }

    /** The system clock, as in the app: rows get real stamps, and the watermark must see them as after it. */
    private static KpiRollups rollups(Services services) {
        return new KpiRollups(new KpiRollupRepository(services.store().dsl()), services.shop(), services.store(),
                Clock.systemUTC());
    }

    private static void addOrderO7(KpiStore store) {
        store.orders.insertOrders(List.of(store.order(store.jd, "O7", store.bob, KpiStore.at(11, 2, 8), "北京市",
                OrderStatus.PAID, store.sale(1, store.skuB, 4, "25"))), done -> { });
    }
}

package io.storedesk.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.Services;
import io.storedesk.testing.TestStores;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rollups' daily sales the anomaly scan reads, against the hand-computed orders of KpiStore. */
class DailySalesTest {

    @Test
    void aDayOfOneOrderIsOneOrderInItsChannelWarehouseAndCategoryWithoutItsCouponAndPostage() {
        KpiStore store = new KpiStore(TestStores.emptyInMemory()).withOrders();
        try (Services services = store.services) {
            services.kpiRollups().rebuild();
            String tmall = services.store().dsl().fetchValue("SELECT name FROM channel WHERE id = ?", store.tmall)
                    .toString();

            // O1 on 11-01: 2 × A at 100 sold, a coupon of −20 and postage of 10 that are not sales.
            List<DailySales> day = new KpiQueryRepository(services.store().dsl())
                    .dailySales(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1));

            assertThat(day).extracting(DailySales::split, DailySales::channel, DailySales::orders)
                    .containsExactlyInAnyOrder(tuple(DailySales.Split.NONE, tmall, 1L),
                            tuple(DailySales.Split.WAREHOUSE, tmall, 1L), tuple(DailySales.Split.CATEGORY, tmall, 1L));
            assertThat(day).allSatisfy(s -> assertThat(s.gmv()).isEqualByComparingTo("200"));
            assertThat(day).filteredOn(s -> s.split() != DailySales.Split.NONE).allSatisfy(s ->
                    assertThat(s.part()).isNotBlank());
            // 11-02 holds only O6, an adjustment: nothing sold, no row.
            assertThat(new KpiQueryRepository(services.store().dsl()).dailySales(LocalDate.of(2026, 11, 2),
                    LocalDate.of(2026, 11, 2))).isEmpty();
        }
    }
}

package io.storedesk.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.dashboard.Period;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rows behind KpiStore's tiles add up to the tiles (KpiServiceTest has the tiles' figures). */
class KpiDrillTest {

    private static final KpiQuery WEEK = new KpiQuery(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7)));

    private KpiStore store;
    private KpiDrill drill;

    @BeforeEach
    void setUp() {
        store = new KpiStore(TestStores.emptyInMemory()).withOrders();
        store.services.kpiRollups().rebuild();
        drill = new KpiDrill(new KpiDrillRepository(store.services.store().dsl()));
    }

    @AfterEach
    void close() {
        store.services.close();
    }

    @Test
    void theOrdersBehindGmvAreTheWeeksSoldOrdersBiggestFirst() {
        List<OrderBehind> orders = drill.orders(WEEK);

        assertThat(orders).extracting(OrderBehind::orderNo).containsExactly("O3", "O1", "O4", "O2");
        assertThat(orders.stream().map(OrderBehind::gmv).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("650");                                   // the gmv tile
        assertThat(orders.get(1)).satisfies(o1 -> {
            assertThat(o1.channel()).isEqualTo("TMALL店");
            assertThat(o1.customer()).isEqualTo("A****");                   // masked: Alice
            assertThat(o1.units()).isEqualTo(2);
            assertThat(o1.net()).isEqualByComparingTo("190");                   // 200 − 20 coupon + 10 postage
        });
        assertThat(orders.get(0).customer()).isNull();                          // O3 is a guest's
    }

    @Test
    void theRefundsBehindTheRefundTileAddUpToIt() {
        List<RefundBehind> refunds = drill.refunds(WEEK);

        assertThat(refunds).extracting(RefundBehind::orderNo).containsExactly("O4", "O2", "O0");
        assertThat(refunds.stream().map(RefundBehind::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("160");
        assertThat(refunds.get(1).reason()).isEqualTo("SIZE");
    }

    @Test
    void aChannelFilterNarrowsTheRows() {
        assertThat(drill.orders(new KpiQuery(WEEK.period(), KpiFilter.NONE.withChannel(store.jd))))
                .extracting(OrderBehind::orderNo).containsExactly("O3", "O4");
    }

    @Test
    void theSkusBehindTheStockTiles() {
        DSLContext dsl = store.services.store().dsl();
        dsl.execute("INSERT INTO stock_level (sku_id, warehouse_id, on_hand, reserved) VALUES (?, ?, 10, 0), (?, ?, 2, 2)",
                store.skuA, store.warehouse, store.skuB, store.warehouse);
        dsl.execute("INSERT INTO stock_setting (sku_id, warehouse_id, safety_stock) VALUES (?, ?, 12)",
                store.skuA, store.warehouse);

        assertThat(drill.stockOuts(WEEK)).singleElement().satisfies(b -> {
            assertThat(b.sku()).isEqualTo("B");
            assertThat(b.available()).isZero();
            assertThat(b.soldUnits()).isEqualTo(1);                             // O2
        });
        assertThat(drill.belowSafety(WEEK)).singleElement().satisfies(a -> {
            assertThat(a.sku()).isEqualTo("A");
            assertThat(a.warehouse()).isEqualTo("W1");
            assertThat(a.available()).isEqualTo(10);
            assertThat(a.safetyStock()).isEqualTo(12);
        });
    }
}

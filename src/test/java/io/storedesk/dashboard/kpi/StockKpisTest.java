package io.storedesk.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.dashboard.Period;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stock tiles on KpiStore's orders plus a hand-made ledger (A costs 60, B has no cost):
 * <pre>
 * A at W1: 9 on hand at the start of 11-01 (opened 10-01); 11-03 +4 (13); 11-05 −5 (8); 11-09 +2 (10 now);
 *         safety stock 12
 * B at W1: 2 on hand (opened 10-01), 2 reserved (nothing available); B sold on 11-03 (O2)
 * </pre>
 * The ledger replays to the levels, as the app keeps it (V4).
 */
class StockKpisTest {

    private static final Period WEEK = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7));

    private KpiStore store;

    @BeforeEach
    void setUp() {
        store = new KpiStore(TestStores.emptyInMemory()).withOrders();
        DSLContext dsl = store.services.store().dsl();
        dsl.execute("INSERT INTO stock_level (sku_id, warehouse_id, on_hand, reserved) VALUES (?, ?, 10, 0), (?, ?, 2, 2)",
                store.skuA, store.warehouse, store.skuB, store.warehouse);
        dsl.execute("INSERT INTO stock_setting (sku_id, warehouse_id, safety_stock) VALUES (?, ?, 12), (?, ?, NULL)",
                store.skuA, store.warehouse, store.skuB, store.warehouse);
        movement(dsl, store.skuA, LocalDate.of(2026, 10, 1), 9, 0);
        movement(dsl, store.skuB, LocalDate.of(2026, 10, 1), 2, 0);
        movement(dsl, 3, 4, 9);
        movement(dsl, 5, -5, 13);
        movement(dsl, 9, 2, 8);
        store.services.kpiRollups().rebuild();
    }

    @AfterEach
    void close() {
        store.services.close();
    }

    @Test
    void turnoverAndDaysFollowFromTheStockValueAtThePeriodsEdges() {
        StockKpis stock = store.services.kpi().report(new KpiQuery(WEEK)).stock();

        assertThat(stock.openingValue()).isEqualByComparingTo("540");    // 600 now − (4 − 5 + 2) × 60
        assertThat(stock.closingValue()).isEqualByComparingTo("480");    // 600 now − 2 × 60 (11-09 only)
        assertThat(stock.turnover()).isEqualByComparingTo("0.71");       // 360 cost of goods sold / 510 = 0.7058…
        assertThat(stock.daysOfInventory()).isEqualByComparingTo("9.9"); // 510 × 7 / 360 = 9.916…
    }

    @Test
    void theStockValueFollowsMovementsAddedCostsChangedAndAMovementCommittedOutOfOrder() {
        DSLContext dsl = store.services.store().dsl();
        assertThat(store.services.kpi().report(new KpiQuery(WEEK)).stock().openingValue())
                .isEqualByComparingTo("540");

        movement(dsl, 4, 3, 16);                                          // a receipt on 11-04, booked later
        assertThat(store.services.kpi().report(new KpiQuery(WEEK)).stock().closingValue())
                .isEqualByComparingTo("660");                             // 13 × 60 now − 2 × 60
        dsl.execute("UPDATE sku SET cost = 50, updated_at = CURRENT_TIMESTAMP WHERE id = ?", store.skuA);
        assertThat(store.services.kpi().report(new KpiQuery(WEEK)).stock().closingValue())
                .isEqualByComparingTo("550");                             // 13 × 50 − 2 × 50
        long lowest = dsl.fetchOne("SELECT MIN(id) FROM stock_movement").get(0, Long.class);
        dsl.execute("INSERT INTO stock_movement (id, sku_id, warehouse_id, kind, quantity, on_hand_before, "
                + "on_hand_after, user_name, occurred_at) VALUES (?, ?, ?, 'RECEIPT', 1, 13, 14, 'test', "
                + "CAST(? AS TIMESTAMP WITH TIME ZONE))", lowest - 1, store.skuA, store.warehouse,
                LocalDate.of(2026, 11, 6).atTime(9, 0).atZone(KpiStore.SHANGHAI).toOffsetDateTime());
        assertThat(store.services.kpi().report(new KpiQuery(WEEK)).stock().closingValue())
                .isEqualByComparingTo("600");                             // 14 × 50 − 2 × 50
    }

    @Test
    void stockOutsAreSellersWithNothingAvailableAndBelowSafetyIsPositions() {
        StockKpis stock = store.services.kpi().report(new KpiQuery(WEEK)).stock();

        assertThat(stock.stockOuts()).isEqualTo(1);                       // B: 2 on hand, 2 reserved
        assertThat(stock.belowSafety()).isEqualTo(1);                     // A: 10 available < 12
    }

    @Test
    void stockOutsFollowTheLevelsAsTheyAreNowAndCountASellerWithNoPositionAtAll() {
        DSLContext dsl = store.services.store().dsl();
        KpiQuery week = new KpiQuery(WEEK);
        KpiQuery atTheWarehouse = new KpiQuery(WEEK, new KpiFilter(null, store.warehouse, null, null));
        assertThat(store.services.kpi().report(week).stock().stockOuts()).isEqualTo(1);

        dsl.execute("DELETE FROM stock_level WHERE sku_id = ?", store.skuA);
        assertThat(store.services.kpi().report(week).stock().stockOuts()).isEqualTo(2);           // A: no position
        assertThat(store.services.kpi().report(atTheWarehouse).stock().stockOuts()).isEqualTo(2);

        dsl.execute("UPDATE stock_level SET reserved = 1 WHERE sku_id = ?", store.skuB);
        assertThat(store.services.kpi().report(week).stock().stockOuts()).isEqualTo(1);           // B: 1 available
    }

    @Test
    void aWarehouseFilterNarrowsTheStock() {
        long other = new Fixtures(store.services.store().dsl()).warehouse("W2", "浙江省");

        StockKpis stock = store.services.kpi().report(new KpiQuery(WEEK, new KpiFilter(null, other, null, null)))
                .stock();

        assertThat(stock.openingValue()).isEqualByComparingTo("0");
        assertThat(stock.turnover()).isNull();                            // nothing valued there
        assertThat(stock.stockOuts()).isZero();                           // nothing sold from W2
        assertThat(stock.belowSafety()).isZero();
    }

    private void movement(DSLContext dsl, int day, int quantity, int before) {
        movement(dsl, store.skuA, LocalDate.of(2026, 11, day), quantity, before);
    }

    private void movement(DSLContext dsl, long sku, LocalDate day, int quantity, int before) {
        dsl.execute("INSERT INTO stock_movement (sku_id, warehouse_id, kind, quantity, on_hand_before, on_hand_after, "
                + "user_name, occurred_at) VALUES (?, ?, ?, ?, ?, ?, 'test', CAST(? AS TIMESTAMP WITH TIME ZONE))", sku,
                store.warehouse, quantity > 0 ? "RECEIPT" : "SHIPMENT", quantity, before, before + quantity,
                day.atTime(12, 0).atZone(KpiStore.SHANGHAI).toOffsetDateTime());
    }
}

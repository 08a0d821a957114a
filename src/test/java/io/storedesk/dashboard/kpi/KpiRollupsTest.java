package io.storedesk.dashboard.kpi;

import static io.storedesk.testing.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.dashboard.Period;
import io.storedesk.demo.DemoShop;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.Refund;
import io.storedesk.orders.RefundKind;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.junit.jupiter.api.Test;

/** The rollups against the orders themselves: on the demo shop, and refreshed per order against a rebuild. */
class KpiRollupsTest {

    private static final List<String> TABLES = List.of("kpi_order_slice", "kpi_sku_day", "kpi_refund",
            "kpi_customer_first", "kpi_sales");

    @Test
    void rollupsOfTheDemoShopEqualADirectQueryByChannel() {
        try (Services services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())),
                TestStores.DEMO_CLOCK)) {
            DSLContext dsl = services.store().dsl();
            // Loading the demo built its rollups; a store whose rollups are gone (one from before V32) rebuilds.
            assertThat(services.kpiRollups().rebuildIfMissing()).isFalse();
            dsl.execute("DELETE FROM kpi_sales");
            assertThat(services.kpiRollups().rebuildIfMissing()).isTrue();
            assertThat(services.kpiRollups().rebuildIfMissing()).isFalse();
            Map<String, String> direct = new TreeMap<>();
            dsl.fetch("SELECT c.name, SUM(CASE WHEN " + KpiRollupRepository.SOLD + " THEN l.quantity * l.unit_price "
                    + "ELSE 0 END), SUM(CASE WHEN " + KpiRollupRepository.SOLD + " THEN l.quantity ELSE 0 END), "
                    + "COUNT(DISTINCT CASE WHEN " + KpiRollupRepository.SOLD + " THEN o.id END), SUM(l.amount) "
                    + "FROM orders o JOIN channel c ON c.id = o.channel_id JOIN order_line l ON l.order_id = o.id "
                    + "GROUP BY c.name").forEach(r -> direct.put(r.get(0, String.class), figures(
                    r.get(1, BigDecimal.class), ((Number) r.get(2)).longValue(), ((Number) r.get(3)).longValue(),
                    r.get(4, BigDecimal.class))));
            Map<String, BigDecimal> refunds = new TreeMap<>();
            dsl.fetch("SELECT c.name, SUM(r.amount) FROM refund r JOIN orders o ON o.id = r.order_id "
                    + "JOIN channel c ON c.id = o.channel_id GROUP BY c.name")
                    .forEach(r -> refunds.put(r.get(0, String.class), r.get(1, BigDecimal.class)));
            refunds.forEach((channel, amount) -> direct.computeIfPresent(channel, (c, f) -> f + " refunds "
                    + amount.stripTrailingZeros().toPlainString()));

            Map<String, String> rolledUp = new TreeMap<>();
            KpiQuery everything = new KpiQuery(new Period(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31)));
            for (BreakdownRow row : services.kpi().breakdown(everything, Dimension.CHANNEL)) {
                String figures = figures(row.gmv(), row.units(), row.orders(), row.netRevenue().add(row.refunds()));
                rolledUp.put(row.label(), row.refunds().signum() == 0 ? figures
                        : figures + " refunds " + row.refunds().stripTrailingZeros().toPlainString());
            }

            assertThat(direct).hasSizeGreaterThan(1);
            assertThat(rolledUp).isEqualTo(direct);
        }
    }

    @Test
    void aMonthOfTheDemoShopEqualsADirectQueryInTheShopsZone() {
        try (Services services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())),
                TestStores.DEMO_CLOCK)) {
            services.kpiRollups().rebuild();
            Period month = Period.lastDays(DemoShop.LAST_DAY, 30);
            var from = month.start(services.shop().zone());
            var to = month.end(services.shop().zone());
            var r = services.store().dsl().fetchOne("SELECT SUM(l.quantity * l.unit_price), "
                    + "COUNT(DISTINCT o.id), COUNT(DISTINCT o.customer_id) FROM orders o "
                    + "JOIN order_line l ON l.order_id = o.id WHERE " + KpiRollupRepository.SOLD
                    + " AND o.placed_at >= ? AND o.placed_at < ?", from, to);

            KpiFigures figures = services.kpi().report(new KpiQuery(month)).current();

            assertThat(figures.gmv()).isEqualByComparingTo(r.get(0, BigDecimal.class)).isPositive();
            assertThat(figures.orders()).isEqualTo(((Number) r.get(1)).longValue());
            assertThat(figures.customers()).isEqualTo(((Number) r.get(2)).longValue());
        }
    }

    @Test
    void refreshingChangedOrdersEqualsARebuild() {
        KpiStore store = new KpiStore(TestStores.emptyInMemory()).withOrders();
        try (Services services = store.services) {
            services.kpiRollups().rebuild();
            List<String> before = snapshot(services.store().dsl());

            long o7 = store.orders.insertOrders(List.of(store.order(store.jd, "O7", store.bob, KpiStore.at(11, 2, 8),
                    "北京市", OrderStatus.PAID, store.sale(1, store.skuB, 4, "25"))), done -> { }).values()
                    .iterator().next();
            long o1 = store.id(store.tmall, "O1");
            store.orders.insertRefunds(List.of(new Refund(0, o1, null, null, "R9", RefundKind.REFUND_ONLY, 0,
                    cny("15.00"), "LATE", KpiStore.at(11, 7, 8))));
            long o3 = store.id(store.jd, "O3");
            services.store().dsl().execute("DELETE FROM orders WHERE id = ?", o3);
            services.kpiRollups().refreshOrders(List.of(o7, o1, o3));
            List<String> refreshed = snapshot(services.store().dsl());
            services.kpiRollups().rebuild();

            assertThat(refreshed).isNotEqualTo(before).isEqualTo(snapshot(services.store().dsl()));
            KpiFigures week = services.kpi().report(new KpiQuery(new Period(LocalDate.of(2026, 11, 1),
                    LocalDate.of(2026, 11, 7)))).current();
            assertThat(week.gmv()).isEqualByComparingTo("450");     // 650 − O3's 300 + O7's 100
            assertThat(week.refunds()).isEqualByComparingTo("175"); // 160 + 15
            assertThat(week.repurchaseRate()).isEqualTo(new BigDecimal("1.0000")); // Bob now has O2 and O7
        }
    }

    @Test
    void aRefreshRewritesOnlyTheRowsOfTheOrdersThatChanged() {
        KpiStore store = new KpiStore(TestStores.emptyInMemory()).withOrders();
        try (Services services = store.services) {
            DSLContext dsl = services.store().dsl();
            // O7 on O1's day, channel and province: the SKU day of A holds both, the SKU day of B only O7.
            long o7 = store.orders.insertOrders(List.of(store.order(store.tmall, "O7", store.bob,
                    KpiStore.at(11, 1, 16), "上海市", OrderStatus.PAID, store.sale(1, store.skuA, 1, "100"),
                    store.sale(2, store.skuB, 1, "50"))), done -> { }).values().iterator().next();
            long o1 = store.id(store.tmall, "O1");
            services.kpiRollups().rebuild();
            Map<Long, List<Long>> slicesBefore = sliceIdsByOrder(dsl);
            Map<Long, Long> skuDaysBefore = skuDayIdsBySku(dsl);

            dsl.execute("UPDATE order_line SET quantity = 3, amount = 150 WHERE order_id = ? AND sku_id = ?", o7,
                    store.skuB);
            services.kpiRollups().refreshOrders(List.of(o7));
            Map<Long, List<Long>> slicesAfter = sliceIdsByOrder(dsl);
            Map<Long, Long> skuDaysAfter = skuDayIdsBySku(dsl);
            List<String> refreshed = snapshot(dsl);
            services.kpiRollups().rebuild();

            assertThat(slicesAfter.get(o1)).isEqualTo(slicesBefore.get(o1));
            assertThat(slicesAfter.get(o7)).doesNotContainAnyElementsOf(slicesBefore.get(o7))
                    .allMatch(id -> id > slicesBefore.get(o1).get(0));
            // An order's slices stay next to each other: the in-memory index counts an order once by that.
            List<Long> o7Slices = slicesAfter.get(o7);
            assertThat(o7Slices.get(o7Slices.size() - 1) - o7Slices.get(0)).isEqualTo(o7Slices.size() - 1);
            assertThat(skuDaysAfter.get(store.skuA)).isEqualTo(skuDaysBefore.get(store.skuA));
            assertThat(skuDaysAfter.get(store.skuB)).isNotEqualTo(skuDaysBefore.get(store.skuB));
            assertThat(refreshed).isEqualTo(snapshot(dsl));
        }
    }

    @Test
    void catchingUpFindsNewChangedAndDeletedOrdersWithoutBeingTold() {
        KpiStore store = new KpiStore(TestStores.emptyInMemory()).withOrders();
        try (Services services = store.services) {
            // The system clock, as in the app: the store's test clock stands still while rows get real stamps.
            KpiRollups rollups = new KpiRollups(new KpiRollupRepository(services.store().dsl()), services.shop(),
                    services.store(), Clock.systemUTC());
            assertThat(rollups.catchUp()).isEqualTo(-1);                  // never built: everything
            assertThat(rollups.catchUp()).isZero();                       // nothing written since

            store.orders.insertOrders(List.of(store.order(store.jd, "O7", store.bob, KpiStore.at(11, 2, 8),
                    "北京市", OrderStatus.PAID, store.sale(1, store.skuB, 4, "25"))), done -> { });
            store.orders.insertRefunds(List.of(new Refund(0, store.id(store.tmall, "O1"), null, null, "R9",
                    RefundKind.REFUND_ONLY, 0, cny("15.00"), "LATE", KpiStore.at(11, 7, 8))));
            services.store().dsl().execute("DELETE FROM orders WHERE id = ?", store.id(store.jd, "O3"));
            int caughtUp = rollups.catchUp();
            List<String> afterCatchUp = snapshot(services.store().dsl());
            rollups.rebuild();

            assertThat(caughtUp).isEqualTo(3);                             // O7 new, O1 refunded, O3 gone
            assertThat(afterCatchUp).isEqualTo(snapshot(services.store().dsl()));
            assertThat(services.kpi().report(new KpiQuery(new Period(LocalDate.of(2026, 11, 1),
                    LocalDate.of(2026, 11, 7)))).current().gmv()).isEqualByComparingTo("450");
        }
    }

    /** The slice ids of 2026-11-01 by order, in order of their ids. */
    private static Map<Long, List<Long>> sliceIdsByOrder(DSLContext dsl) {
        Map<Long, List<Long>> ids = new TreeMap<>();
        dsl.fetch("SELECT order_id, id FROM kpi_order_slice WHERE placed_day = DATE '2026-11-01' ORDER BY id")
                .forEach(r -> ids.computeIfAbsent(r.get(0, Long.class), k -> new ArrayList<>()).add(r.get(1, Long.class)));
        return ids;
    }

    /** The id of each SKU's one SKU day on 2026-11-01. */
    private static Map<Long, Long> skuDayIdsBySku(DSLContext dsl) {
        Map<Long, Long> ids = new TreeMap<>();
        dsl.fetch("SELECT sku_id, id FROM kpi_sku_day WHERE placed_day = DATE '2026-11-01'")
                .forEach(r -> assertThat(ids.put(r.get(0, Long.class), r.get(1, Long.class))).isNull());
        return ids;
    }

    /** Every rollup row but its id, which only says where a build put it (RollupKeys). */
    private static List<String> snapshot(DSLContext dsl) {
        List<String> rows = new ArrayList<>();
        for (String table : TABLES) {
            dsl.fetch("SELECT * FROM " + table).forEach(r -> rows.add(table + " " + r.into(Arrays.stream(r.fields())
                    .filter(f -> !f.getName().equalsIgnoreCase("id")).toArray(Field[]::new)).formatCSV(false).strip()));
        }
        rows.sort(null);
        return rows;
    }

    private static String figures(BigDecimal gmv, long units, long orders, BigDecimal lineAmounts) {
        return "gmv " + gmv.stripTrailingZeros().toPlainString() + " units " + units + " orders " + orders
                + " lines " + lineAmounts.stripTrailingZeros().toPlainString();
    }
}

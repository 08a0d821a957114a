package io.storedesk.dashboard.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.dashboard.kpi.KpiQueryRepository;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The anomaly scan's daily series, read from the rollups, against sums of the demo shop's order lines. */
class RollupDailySeriesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 10, 5);
    private static final LocalDate TO = LocalDate.of(2026, 10, 18);
    /** Sold lines as the GMV tile has them, placed on a local day of the demo's zone (UTC+8, no daylight saving). */
    private static final String SOLD_LINES = "FROM orders o JOIN order_line l ON l.order_id = o.id "
            + "JOIN channel c ON c.id = o.channel_id LEFT JOIN warehouse w ON w.id = l.warehouse_id "
            + "WHERE l.kind = 'SALE' AND l.quantity > 0 AND l.unit_price > 0 "
            + "AND o.placed_at >= TIMESTAMP WITH TIME ZONE '" + FROM + " 00:00:00+08:00' "
            + "AND o.placed_at < TIMESTAMP WITH TIME ZONE '" + TO.plusDays(1) + " 00:00:00+08:00' ";
    private static final String LOCAL_DAY = "CAST(DATEADD(HOUR, 8, o.placed_at) AS DATE)";

    private final Services services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())),
            TestStores.DEMO_CLOCK);
    private final DSLContext dsl = services.store().dsl();
    private final RollupDailySeries series = new RollupDailySeries(new AnomalyRepository(dsl),
            new KpiQueryRepository(dsl)::dailySales, services.shop()::zone);

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void gmvByDayAndChannelIsTheSumOfTheSoldLines() {
        KpiHistory gmv = series.history(Kpi.GMV, FROM, TO);

        Map<LocalDate, BigDecimal> byDay = sums("SELECT " + LOCAL_DAY + ", SUM(l.quantity * l.unit_price) "
                + SOLD_LINES + "GROUP BY " + LOCAL_DAY);
        assertThat(byDay).hasSize(14);
        byDay.forEach((day, sum) -> assertThat(gmv.total().on(day)).as(day.toString()).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo(sum)));
        BigDecimal tmall = sum("SELECT SUM(l.quantity * l.unit_price) " + SOLD_LINES + "AND c.code = 'TMALL'");
        BigDecimal tmallSeries = gmv.slices().get(Dimension.CHANNEL).get(channelName("TMALL")).values().values()
                .stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(tmallSeries).isPositive().isEqualByComparingTo(tmall);
    }

    @Test
    void ordersCountOnceADayAndOnceInEachWarehouseTheySoldFrom() {
        KpiHistory orders = series.history(Kpi.ORDERS, FROM, TO);

        Map<LocalDate, BigDecimal> byDay = sums("SELECT " + LOCAL_DAY + ", COUNT(DISTINCT o.id) " + SOLD_LINES
                + "GROUP BY " + LOCAL_DAY);
        byDay.forEach((day, count) -> assertThat(orders.total().on(day)).as(day.toString()).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo(count)));
        String warehouse = dsl.fetchValue("SELECT w.name " + SOLD_LINES + "AND w.name IS NOT NULL "
                + "GROUP BY w.name ORDER BY COUNT(*) DESC LIMIT 1").toString();
        BigDecimal inWarehouse = sum("SELECT COUNT(DISTINCT o.id) " + SOLD_LINES + "AND w.name = '" + warehouse + "'");
        BigDecimal warehouseSeries = orders.slices().get(Dimension.WAREHOUSE).get(warehouse).values().values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(warehouseSeries).isPositive().isEqualByComparingTo(inWarehouse);
    }

    private Map<LocalDate, BigDecimal> sums(String sql) {
        Map<LocalDate, BigDecimal> sums = new TreeMap<>();
        dsl.fetch(sql).forEach(r -> sums.put(r.get(0, LocalDate.class), new BigDecimal(r.get(1).toString())));
        return sums;
    }

    private BigDecimal sum(String sql) {
        return new BigDecimal(dsl.fetchValue(sql).toString());
    }

    private String channelName(String code) {
        return dsl.fetchValue("SELECT name FROM channel WHERE code = ?", code).toString();
    }
}

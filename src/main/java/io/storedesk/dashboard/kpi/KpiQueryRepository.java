package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Reads the KPI rollups (V15, V32), summed in SQL by day or by a dimension, for days from..to included: from the
 * coarse kpi_sales where one of its grains answers (KpiGrain), else from the order slices (which KpiSales asks only
 * when the slices in memory cannot sum them exactly).
 */
public final class KpiQueryRepository {

    private final DSLContext dsl;

    public KpiQueryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Orders, gmv, units, signed line amounts and cost figures of the orders placed on one day. */
    public record SalesDay(LocalDate day, long orders, BigDecimal gmv, long units, BigDecimal net,
                           BigDecimal costedGmv, BigDecimal cost) {
    }

    /** Cost figures of one day's sold lines whose SKU has a cost. */
    record CostDay(BigDecimal costedGmv, BigDecimal cost) {
    }

    /** Visitors on a day's channels with known traffic and the orders placed there. */
    public record TrafficDay(long visitors, long orders) {
    }

    /** An additive group before it gets a label. */
    public record Group(String key, BigDecimal gmv, long orders, long units, BigDecimal net) {
    }

    public List<SalesDay> salesByDay(KpiFilter filter, LocalDate from, LocalDate to) {
        Optional<KpiGrain> grain = KpiGrain.of(filter, null);
        if (grain.isPresent()) {
            Where where = Where.of(grain.get(), filter, from, to);
            return dsl.fetch("SELECT placed_day, SUM(orders), SUM(gmv), SUM(units), SUM(net_amount), SUM(costed_gmv), "
                            + "SUM(cost) FROM kpi_sales WHERE " + where.sql + " GROUP BY placed_day", where.binds)
                    .map(r -> new SalesDay(r.get(0, LocalDate.class), number(r, 1), money(r, 2), number(r, 3),
                            money(r, 4), money(r, 5), money(r, 6)));
        }
        RollupWhere where = RollupWhere.keyed(filter, "placed_day", from, to);
        Map<LocalDate, CostDay> costs = costByDay(filter, from, to);
        return dsl.fetch("SELECT placed_day, COUNT(DISTINCT CASE WHEN sold THEN order_id END), SUM(gmv), SUM(units), "
                        + "SUM(net_amount) FROM kpi_order_slice WHERE " + where.sql() + " GROUP BY placed_day",
                        where.binds())
                .map(r -> {
                    LocalDate day = r.get(0, LocalDate.class);
                    CostDay cost = costs.getOrDefault(day, new CostDay(BigDecimal.ZERO, BigDecimal.ZERO));
                    return new SalesDay(day, number(r, 1), money(r, 2), number(r, 3), money(r, 4), cost.costedGmv(),
                            cost.cost());
                });
    }

    public Map<LocalDate, BigDecimal> refundsByDay(KpiFilter filter, LocalDate from, LocalDate to) {
        RollupWhere where = RollupWhere.of(filter, "refunded_day", from, to);
        Map<LocalDate, BigDecimal> days = new HashMap<>();
        dsl.fetch("SELECT refunded_day, SUM(amount) FROM kpi_refund WHERE " + where.sql()
                + " GROUP BY refunded_day", where.binds()).forEach(r -> days.put(r.get(0, LocalDate.class), money(r, 1)));
        return days;
    }

    /** Cost figures by day from the SKU days in the store, under any filter. */
    Map<LocalDate, CostDay> costByDay(KpiFilter filter, LocalDate from, LocalDate to) {
        RollupWhere where = RollupWhere.keyed(filter, "placed_day", from, to);
        Map<LocalDate, CostDay> days = new HashMap<>();
        dsl.fetch("SELECT placed_day, SUM(costed_gmv), SUM(cost) FROM kpi_sku_day WHERE " + where.sql()
                        + " GROUP BY placed_day", where.binds())
                .forEach(r -> days.put(r.get(0, LocalDate.class), new CostDay(money(r, 1), money(r, 2))));
        return days;
    }

    /** Only for filters by channel at most: traffic is known per channel and day. */
    public Map<LocalDate, TrafficDay> trafficByDay(Long channelId, LocalDate from, LocalDate to) {
        List<Object> binds = new ArrayList<>(List.of(from, to, from, to));
        String channel = "";
        if (channelId != null) {
            channel = " AND t.channel_id = ?";
            binds.add(channelId);
        }
        Map<LocalDate, TrafficDay> days = new HashMap<>();
        dsl.fetch("SELECT t.traffic_date, SUM(t.visitors), COALESCE(SUM(o.orders), 0) FROM channel_traffic t "
                        + "LEFT JOIN (SELECT placed_day, channel_id, SUM(orders) orders "
                        + "FROM kpi_sales WHERE grain = " + KpiGrain.DAY.code + " AND placed_day BETWEEN ? AND ? "
                        + "GROUP BY placed_day, channel_id) o "
                        + "ON o.placed_day = t.traffic_date AND o.channel_id = t.channel_id "
                        + "WHERE t.traffic_date BETWEEN ? AND ?" + channel + " GROUP BY t.traffic_date",
                        binds.toArray())
                .forEach(r -> days.put(r.get(0, LocalDate.class), new TrafficDay(number(r, 1), number(r, 2))));
        return days;
    }

    /** Sales grouped by a column of the order slices (channel_id, warehouse_id, category_id, province, placed_day). */
    public List<Group> salesBy(String column, KpiFilter filter, LocalDate from, LocalDate to) {
        Optional<KpiGrain> grain = KpiGrain.of(filter, column);
        if (grain.isPresent()) {
            Where where = Where.of(grain.get(), filter, from, to);
            return dsl.fetch("SELECT " + column + ", SUM(orders), SUM(gmv), SUM(units), SUM(net_amount) FROM kpi_sales "
                            + "WHERE " + where.sql + " GROUP BY " + column, where.binds)
                    .map(r -> new Group(r.get(0, String.class), money(r, 2), number(r, 1), number(r, 3), money(r, 4)));
        }
        RollupWhere where = RollupWhere.keyed(filter, "placed_day", from, to);
        return dsl.fetch("SELECT " + column + ", COUNT(DISTINCT CASE WHEN sold THEN order_id END), SUM(gmv), "
                        + "SUM(units), SUM(net_amount) FROM kpi_order_slice WHERE " + where.sql() + " GROUP BY "
                        + column, where.binds())
                .map(r -> new Group(r.get(0, String.class), money(r, 2), number(r, 1), number(r, 3), money(r, 4)));
    }

    /** Refunds grouped by a column of the refund rollup (channel_id, …, refunded_day). */
    public Map<String, BigDecimal> refundsBy(String column, KpiFilter filter, LocalDate from, LocalDate to) {
        RollupWhere where = RollupWhere.of(filter, "refunded_day", from, to);
        Map<String, BigDecimal> groups = new HashMap<>();
        dsl.fetch("SELECT " + column + ", SUM(amount) FROM kpi_refund WHERE " + where.sql() + " GROUP BY " + column,
                where.binds()).forEach(r -> groups.put(r.get(0, String.class), money(r, 1)));
        return groups;
    }

    /** Sales by day of placement and hour, for the weekday × hour heatmap. */
    public List<Group> salesByDayAndHour(KpiFilter filter, LocalDate from, LocalDate to) {
        Optional<KpiGrain> grain = KpiGrain.of(filter, "placed_hour");
        if (grain.isPresent()) {
            Where where = Where.of(grain.get(), filter, from, to);
            return dsl.fetch("SELECT CAST(placed_day AS VARCHAR) || ' ' || placed_hour, SUM(orders), SUM(gmv), "
                            + "SUM(units), SUM(net_amount) FROM kpi_sales WHERE " + where.sql
                            + " GROUP BY placed_day, placed_hour", where.binds)
                    .map(r -> new Group(r.get(0, String.class), money(r, 2), number(r, 1), number(r, 3), money(r, 4)));
        }
        RollupWhere where = RollupWhere.keyed(filter, "placed_day", from, to);
        return dsl.fetch("SELECT CAST(placed_day AS VARCHAR) || ' ' || placed_hour, "
                        + "COUNT(DISTINCT CASE WHEN sold THEN order_id END), SUM(gmv), SUM(units), SUM(net_amount) "
                        + "FROM kpi_order_slice WHERE " + where.sql() + " GROUP BY placed_day, placed_hour",
                        where.binds())
                .map(r -> new Group(r.get(0, String.class), money(r, 2), number(r, 1), number(r, 3), money(r, 4)));
    }

    /** Names of channels, warehouses or categories by id. */
    public Map<String, String> names(String table) {
        Map<String, String> names = new HashMap<>();
        dsl.fetch("SELECT id, name FROM " + table).forEach(r -> names.put(r.get(0, String.class), r.get(1, String.class)));
        return names;
    }

    public Long channelId(String codeOrName) {
        Record r = dsl.fetchOne("SELECT id FROM channel WHERE UPPER(code) = UPPER(?) OR name = ? ORDER BY id LIMIT 1",
                codeOrName, codeOrName);
        return r == null ? null : number(r, 0);
    }

    /** The SKUs' codes and titles, in the order given. */
    List<TopSku> named(List<KpiSkuSalesIndex.SkuSales> sales) {
        if (sales.isEmpty()) {
            return List.of();
        }
        Map<Long, Record> names = new HashMap<>();
        dsl.fetch("SELECT s.id, s.code, p.title FROM sku s JOIN product p ON p.id = s.product_id WHERE s.id IN ("
                        + String.join(", ", Collections.nCopies(sales.size(), "?")) + ")",
                sales.stream().map(KpiSkuSalesIndex.SkuSales::skuId).toArray())
                .forEach(r -> names.put(r.get(0, Long.class), r));
        List<TopSku> named = new ArrayList<>();
        for (KpiSkuSalesIndex.SkuSales s : sales) {
            Record name = names.get(s.skuId());
            if (name != null) {
                named.add(new TopSku(s.skuId(), name.get(1, String.class), name.get(2, String.class), s.gmv(),
                        s.units()));
            }
        }
        return named;
    }

    /** Top SKUs summed by the store: what KpiSkuSalesIndex answers, for the sums it cannot hold exactly. */
    public List<TopSku> topSkus(KpiFilter filter, LocalDate from, LocalDate to, int limit) {
        RollupWhere where = RollupWhere.keyed(filter, "d.placed_day", from, to);
        List<Object> binds = new ArrayList<>(List.of(where.binds()));
        binds.add(limit);
        // Summed by SKU id alone, then named: grouping by code and title as well compared those strings on every one
        // of the period's rows.
        return dsl.fetch("SELECT t.sku_id, s.code, p.title, t.g, t.u FROM (SELECT d.sku_id, SUM(d.gmv) g, "
                        + "SUM(d.units) u FROM kpi_sku_day d WHERE " + where.sql("d.") + " AND d.sku_id IS NOT NULL "
                        + "GROUP BY d.sku_id ORDER BY g DESC, d.sku_id LIMIT ?) t JOIN sku s ON s.id = t.sku_id "
                        + "JOIN product p ON p.id = s.product_id ORDER BY t.g DESC, t.sku_id", binds.toArray())
                .map(r -> new TopSku(number(r, 0), r.get(1, String.class), r.get(2, String.class), money(r, 3),
                        number(r, 4)));
    }

    public List<RefundReason> refundReasons(KpiFilter filter, LocalDate from, LocalDate to) {
        RollupWhere where = RollupWhere.of(filter, "refunded_day", from, to);
        return dsl.fetch("SELECT kind, reason, COUNT(*), SUM(amount) a FROM kpi_refund WHERE " + where.sql()
                        + " GROUP BY kind, reason ORDER BY a DESC, kind, reason", where.binds())
                .map(r -> new RefundReason(r.get(0, String.class), r.get(1, String.class), number(r, 2),
                        money(r, 3)));
    }

    /** A grain's rows for days from..to and a filter: the grain's code, then RollupWhere's condition. */
    private record Where(String sql, Object[] binds) {
        static Where of(KpiGrain grain, KpiFilter filter, LocalDate from, LocalDate to) {
            RollupWhere days = RollupWhere.of(filter, "placed_day", from, to);
            List<Object> binds = new ArrayList<>();
            binds.add(grain.code);
            binds.addAll(List.of(days.binds()));
            return new Where("grain = ? AND " + days.sql(), binds.toArray());
        }
    }

    private static long number(Record r, int index) {
        Number value = (Number) r.get(index);
        return value == null ? 0 : value.longValue();
    }

    private static BigDecimal money(Record r, int index) {
        BigDecimal value = r.get(index, BigDecimal.class);
        return value == null ? BigDecimal.ZERO : value;
    }

    /**
     * The days' sales by channel, whole and split by warehouse and by category (the grains DAY, WAREHOUSE and
     * CATEGORY of kpi_sales, with the names), where something sold (coupons, postage and other lines that are not
     * sales have rows of their own): the anomaly scan's daily series, a few thousand rows for weeks of a shop whose
     * order lines took half a minute to sum.
     */
    public List<DailySales> dailySales(LocalDate from, LocalDate to) {
        Map<Integer, DailySales.Split> splits = Map.of(KpiGrain.DAY.code, DailySales.Split.NONE,
                KpiGrain.WAREHOUSE.code, DailySales.Split.WAREHOUSE, KpiGrain.CATEGORY.code, DailySales.Split.CATEGORY);
        return dsl.fetch("SELECT s.grain, s.placed_day, c.name, COALESCE(w.name, g.name), SUM(s.orders), SUM(s.gmv) "
                        + "FROM kpi_sales s JOIN channel c ON c.id = s.channel_id "
                        + "LEFT JOIN warehouse w ON w.id = s.warehouse_id LEFT JOIN category g ON g.id = s.category_id "
                        + "WHERE s.grain IN (?, ?, ?) AND s.placed_day >= ? AND s.placed_day <= ? "
                        + "GROUP BY s.grain, s.placed_day, c.name, COALESCE(w.name, g.name) HAVING SUM(s.orders) > 0",
                        KpiGrain.DAY.code, KpiGrain.WAREHOUSE.code, KpiGrain.CATEGORY.code, from, to)
                .map(r -> new DailySales(splits.get(((Number) r.get(0)).intValue()), r.get(1, LocalDate.class),
                        r.get(2, String.class), r.get(3, String.class), ((Number) r.get(4)).longValue(),
                        r.get(5, BigDecimal.class)));
    }
}

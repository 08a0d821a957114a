package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads the KPI rollups (V15), summed in SQL by day or by a dimension, for days from..to included. */
public final class KpiQueryRepository {

    private final DSLContext dsl;

    public KpiQueryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Orders, customers, gmv, units and signed line amounts of the orders placed on one day. */
    public record SalesDay(LocalDate day, long orders, long customers, BigDecimal gmv, long units, BigDecimal net) {
    }

    /** Cost figures of one day's sold lines whose SKU has a cost. */
    public record CostDay(BigDecimal costedGmv, BigDecimal cost) {
    }

    /** Visitors on a day's channels with known traffic and the orders placed there. */
    public record TrafficDay(long visitors, long orders) {
    }

    /** Customers of a period, those with ≥ 2 orders in it, those whose first order ever is in it. */
    public record CustomerCounts(long customers, long repurchasers, long newCustomers) {
    }

    /** An additive group before it gets a label. */
    public record Group(String key, BigDecimal gmv, long orders, long units, BigDecimal net) {
    }

    public List<SalesDay> salesByDay(KpiFilter filter, LocalDate from, LocalDate to) {
        RollupWhere where = RollupWhere.of(filter, "placed_day", from, to);
        return dsl.fetch("SELECT placed_day, COUNT(DISTINCT CASE WHEN sold THEN order_id END), "
                        + "COUNT(DISTINCT CASE WHEN sold THEN customer_id END), SUM(gmv), SUM(units), SUM(net_amount) "
                        + "FROM kpi_order_slice WHERE " + where.sql() + " GROUP BY placed_day", where.binds())
                .map(r -> new SalesDay(r.get(0, LocalDate.class), number(r, 1), number(r, 2), money(r, 3),
                        number(r, 4), money(r, 5)));
    }

    public Map<LocalDate, Long> newCustomersByDay(KpiFilter filter, LocalDate from, LocalDate to) {
        RollupWhere where = RollupWhere.of(filter, "s.placed_day", from, to);
        Map<LocalDate, Long> days = new HashMap<>();
        dsl.fetch("SELECT s.placed_day, COUNT(DISTINCT s.customer_id) FROM kpi_order_slice s "
                + "JOIN kpi_customer_first f ON f.customer_id = s.customer_id AND f.first_day = s.placed_day "
                + "WHERE s.sold AND " + where.sql("s.") + " GROUP BY s.placed_day", where.binds())
                .forEach(r -> days.put(r.get(0, LocalDate.class), number(r, 1)));
        return days;
    }

    public Map<LocalDate, BigDecimal> refundsByDay(KpiFilter filter, LocalDate from, LocalDate to) {
        RollupWhere where = RollupWhere.of(filter, "refunded_day", from, to);
        Map<LocalDate, BigDecimal> days = new HashMap<>();
        dsl.fetch("SELECT refunded_day, SUM(amount) FROM kpi_refund WHERE " + where.sql()
                + " GROUP BY refunded_day", where.binds()).forEach(r -> days.put(r.get(0, LocalDate.class), money(r, 1)));
        return days;
    }

    public Map<LocalDate, CostDay> costByDay(KpiFilter filter, LocalDate from, LocalDate to) {
        RollupWhere where = RollupWhere.of(filter, "placed_day", from, to);
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
                        + "LEFT JOIN (SELECT placed_day, channel_id, COUNT(DISTINCT order_id) orders "
                        + "FROM kpi_order_slice WHERE sold AND placed_day BETWEEN ? AND ? "
                        + "GROUP BY placed_day, channel_id) o "
                        + "ON o.placed_day = t.traffic_date AND o.channel_id = t.channel_id "
                        + "WHERE t.traffic_date BETWEEN ? AND ?" + channel + " GROUP BY t.traffic_date",
                        binds.toArray())
                .forEach(r -> days.put(r.get(0, LocalDate.class), new TrafficDay(number(r, 1), number(r, 2))));
        return days;
    }

    public CustomerCounts customers(KpiFilter filter, LocalDate from, LocalDate to) {
        RollupWhere where = RollupWhere.of(filter, "placed_day", from, to);
        List<Object> binds = new ArrayList<>(List.of(from, to));
        binds.addAll(List.of(where.binds()));
        Record r = dsl.fetchOne("SELECT COUNT(*), COALESCE(SUM(CASE WHEN c.n >= 2 THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN f.first_day BETWEEN ? AND ? THEN 1 ELSE 0 END), 0) "
                + "FROM (SELECT customer_id, COUNT(DISTINCT order_id) n FROM kpi_order_slice "
                + "WHERE sold AND customer_id IS NOT NULL AND " + where.sql() + " GROUP BY customer_id) c "
                + "JOIN kpi_customer_first f ON f.customer_id = c.customer_id", binds.toArray());
        return new CustomerCounts(number(r, 0), number(r, 1), number(r, 2));
    }

    /** Sales grouped by a column of the order slices (channel_id, warehouse_id, category_id, province, placed_day). */
    public List<Group> salesBy(String column, KpiFilter filter, LocalDate from, LocalDate to) {
        RollupWhere where = RollupWhere.of(filter, "placed_day", from, to);
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
        RollupWhere where = RollupWhere.of(filter, "placed_day", from, to);
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

    public List<TopSku> topSkus(KpiFilter filter, LocalDate from, LocalDate to, int limit) {
        RollupWhere where = RollupWhere.of(filter, "d.placed_day", from, to);
        List<Object> binds = new ArrayList<>(List.of(where.binds()));
        binds.add(limit);
        return dsl.fetch("SELECT d.sku_id, s.code, p.title, SUM(d.gmv) g, SUM(d.units) FROM kpi_sku_day d "
                        + "JOIN sku s ON s.id = d.sku_id JOIN product p ON p.id = s.product_id WHERE " + where.sql("d.")
                        + " GROUP BY d.sku_id, s.code, p.title ORDER BY g DESC, d.sku_id LIMIT ?", binds.toArray())
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

    private static long number(Record r, int index) {
        Number value = (Number) r.get(index);
        return value == null ? 0 : value.longValue();
    }

    private static BigDecimal money(Record r, int index) {
        BigDecimal value = r.get(index, BigDecimal.class);
        return value == null ? BigDecimal.ZERO : value;
    }
}

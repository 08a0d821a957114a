package io.storedesk.dashboard.kpi;

import static io.storedesk.store.schema.Tables.KPI_CUSTOMER_FIRST;
import static io.storedesk.store.schema.Tables.KPI_ORDER_SLICE;
import static io.storedesk.store.schema.Tables.KPI_REFUND;
import static io.storedesk.store.schema.Tables.KPI_ROLLUP_STATE;
import static io.storedesk.store.schema.Tables.KPI_SKU_DAY;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Writes the KPI rollups (V15) from orders, order lines and refunds, in plain SQL so a million lines
 * roll up inside the database. Conditions name whole orders (by id) or whole days of placement; days
 * and hours are local to the zone given.
 */
public final class KpiRollupRepository {

    /** A sold line: a sale with a positive quantity and a positive unit price (gifts and postage are not). */
    static final String SOLD = "(l.kind = 'SALE' AND l.quantity > 0 AND l.unit_price > 0)";

    private final DSLContext dsl;

    public KpiRollupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void clear() {
        for (Table<?> table : List.of(KPI_ORDER_SLICE, KPI_SKU_DAY, KPI_REFUND, KPI_CUSTOMER_FIRST)) {
            dsl.truncate(table).execute();
        }
        dsl.deleteFrom(KPI_ROLLUP_STATE).execute();
    }

    /** How far the rollups have caught up: null = never built (or built before the watermark existed). */
    public record Watermark(Instant builtFrom, long maxOrderId, long maxRefundId, long orderCount) {
    }

    public Watermark watermark() {
        Record r = dsl.fetchOne("SELECT built_from, max_order_id, max_refund_id, order_count FROM kpi_rollup_state");
        return r == null ? null : new Watermark(r.get(0, OffsetDateTime.class).toInstant(), r.get(1, Long.class),
                r.get(2, Long.class), r.get(3, Long.class));
    }

    /** Records the orders and refunds as they are now as rolled up, from a build or catch-up that began at builtFrom. */
    public void saveWatermark(Instant builtFrom) {
        Record now = dsl.fetchOne("SELECT (SELECT COALESCE(MAX(id), 0) FROM orders), "
                + "(SELECT COALESCE(MAX(id), 0) FROM refund), (SELECT COUNT(*) FROM orders)");
        dsl.deleteFrom(KPI_ROLLUP_STATE).execute();
        dsl.insertInto(KPI_ROLLUP_STATE)
                .set(KPI_ROLLUP_STATE.ID, 1)
                .set(KPI_ROLLUP_STATE.BUILT_FROM, builtFrom)
                .set(KPI_ROLLUP_STATE.MAX_ORDER_ID, now.get(0, Long.class))
                .set(KPI_ROLLUP_STATE.MAX_REFUND_ID, now.get(1, Long.class))
                .set(KPI_ROLLUP_STATE.ORDER_COUNT, now.get(2, Long.class))
                .execute();
    }

    /** The database's clock, which stamps rows written with a default updated_at. */
    public Instant databaseNow() {
        return dsl.fetchOne("SELECT CURRENT_TIMESTAMP").get(0, OffsetDateTime.class).toInstant();
    }

    /** Orders added or changed since the watermark, and orders with a refund added since. */
    public List<Long> ordersChangedSince(Watermark w) {
        return dsl.fetch("SELECT id FROM orders WHERE id > ? OR updated_at >= CAST(? AS TIMESTAMP WITH TIME ZONE) "
                        + "UNION SELECT order_id FROM refund WHERE id > ?", w.maxOrderId(),
                        w.builtFrom().atOffset(ZoneOffset.UTC), w.maxRefundId())
                .map(r -> r.get(0, Long.class));
    }

    /** Orders added since the watermark (their ids are above its largest). */
    public long ordersAddedSince(Watermark w) {
        return count("SELECT COUNT(*) FROM orders WHERE id > " + w.maxOrderId());
    }

    public long orderCount() {
        return count("SELECT COUNT(*) FROM orders");
    }

    /** Orders rolled up that no longer exist (an import undone). */
    public List<Long> ordersGone() {
        return dsl.fetch("SELECT DISTINCT s.order_id FROM kpi_order_slice s "
                + "WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = s.order_id)").map(r -> r.get(0, Long.class));
    }

    public boolean isEmpty() {
        return count("SELECT COUNT(*) FROM (SELECT 1 FROM kpi_order_slice LIMIT 1) t") == 0;
    }

    public boolean hasOrders() {
        return count("SELECT COUNT(*) FROM (SELECT 1 FROM orders LIMIT 1) t") > 0;
    }

    private long count(String sql) {
        return ((Number) dsl.fetchValue(sql)).longValue();
    }

    /** Rolls up every order, refund and customer. */
    public void insertAll(ZoneId zone) {
        insertSlices(zone, "TRUE");
        insertRefunds(zone, "TRUE");
        insertSkuDays(zone, "TRUE");
        insertSelect(KPI_CUSTOMER_FIRST, "SELECT customer_id, MIN(placed_day) "
                + "FROM kpi_order_slice WHERE sold AND customer_id IS NOT NULL GROUP BY customer_id");
    }

    /** Days whose slices these orders have now (as rolled up). */
    public List<LocalDate> sliceDays(Collection<Long> orderIds) {
        return dsl.fetch("SELECT DISTINCT placed_day FROM kpi_order_slice WHERE order_id IN " + in(orderIds))
                .map(r -> r.get(0, LocalDate.class));
    }

    /** Identified customers of these orders (as rolled up). */
    public List<Long> sliceCustomers(Collection<Long> orderIds) {
        return dsl.fetchValues("SELECT DISTINCT customer_id FROM kpi_order_slice WHERE customer_id IS NOT NULL "
                + "AND order_id IN " + in(orderIds)).stream().map(v -> ((Number) v).longValue()).toList();
    }

    /** Rolls these orders up again: their slices and refunds. */
    public void replaceOrders(ZoneId zone, Collection<Long> orderIds) {
        String ids = in(orderIds);
        dsl.deleteFrom(KPI_ORDER_SLICE).where(KPI_ORDER_SLICE.ORDER_ID.in(orderIds)).execute();
        dsl.deleteFrom(KPI_REFUND).where(KPI_REFUND.ORDER_ID.in(orderIds)).execute();
        insertSlices(zone, "o.id IN " + ids);
        insertRefunds(zone, "o.id IN " + ids);
    }

    /** Rolls up the SKU figures of one day again. */
    public void replaceSkuDay(ZoneId zone, LocalDate day) {
        dsl.deleteFrom(KPI_SKU_DAY).where(KPI_SKU_DAY.PLACED_DAY.eq(day)).execute();
        insertSkuDays(zone, "o.placed_at >= CAST(? AS TIMESTAMP WITH TIME ZONE) "
                + "AND o.placed_at < CAST(? AS TIMESTAMP WITH TIME ZONE)", day.atStartOfDay(zone).toOffsetDateTime(),
                day.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    public void replaceCustomers(Collection<Long> customerIds) {
        String ids = in(customerIds);
        dsl.deleteFrom(KPI_CUSTOMER_FIRST).where(KPI_CUSTOMER_FIRST.CUSTOMER_ID.in(customerIds)).execute();
        insertSelect(KPI_CUSTOMER_FIRST, "SELECT customer_id, MIN(placed_day) "
                + "FROM kpi_order_slice WHERE sold AND customer_id IN " + ids + " GROUP BY customer_id");
    }

    private void insertSlices(ZoneId zone, String condition) {
        String local = local("o.placed_at", zone);
        insertSelect(KPI_ORDER_SLICE, "SELECT o.id, l.warehouse_id, p.category_id, " + localDay("o.placed_at", zone) + ", EXTRACT(HOUR FROM "
                + local + "), o.channel_id, o.province, o.customer_id, "
                + "MAX(CASE WHEN " + SOLD + " THEN 1 ELSE 0 END) = 1, "
                + "COALESCE(SUM(CASE WHEN " + SOLD + " THEN l.quantity * l.unit_price END), 0), "
                + "COALESCE(SUM(CASE WHEN " + SOLD + " THEN l.quantity END), 0), SUM(l.amount) "
                + "FROM orders o JOIN order_line l ON l.order_id = o.id "
                + "LEFT JOIN sku s ON s.id = l.sku_id LEFT JOIN product p ON p.id = s.product_id "
                + "WHERE " + condition + " "
                + "GROUP BY o.id, l.warehouse_id, p.category_id, o.placed_at, o.channel_id, o.province, o.customer_id");
    }

    private void insertRefunds(ZoneId zone, String condition) {
        insertSelect(KPI_REFUND, "SELECT o.id, " + localDay("r.refunded_at", zone) + ", o.channel_id, l.warehouse_id, "
                + "p.category_id, o.province, r.kind, r.reason, r.amount "
                + "FROM refund r JOIN orders o ON o.id = r.order_id "
                + "LEFT JOIN order_line l ON l.id = r.order_line_id "
                + "LEFT JOIN sku s ON s.id = l.sku_id LEFT JOIN product p ON p.id = s.product_id "
                + "WHERE " + condition);
    }

    private void insertSkuDays(ZoneId zone, String condition, Object... binds) {
        String day = localDay("o.placed_at", zone);
        insertSelect(KPI_SKU_DAY, "SELECT " + day + ", o.channel_id, l.warehouse_id, p.category_id, l.sku_id, o.province, "
                + "SUM(l.quantity * l.unit_price), SUM(l.quantity), "
                + "SUM(CASE WHEN s.cost IS NOT NULL THEN l.quantity * l.unit_price ELSE 0 END), "
                + "SUM(CASE WHEN s.cost IS NOT NULL THEN l.quantity * s.cost ELSE 0 END) "
                + "FROM orders o JOIN order_line l ON l.order_id = o.id "
                + "LEFT JOIN sku s ON s.id = l.sku_id LEFT JOIN product p ON p.id = s.product_id "
                + "WHERE " + SOLD + " AND " + condition + " "
                + "GROUP BY " + day + ", o.channel_id, l.warehouse_id, p.category_id, l.sku_id, o.province", binds);
    }

    /**
     * Inserts what the select gives (its columns in the table's order) through a typed insert, so the table
     * written is plain to see; the select stays SQL text because it is a rollup of many joins.
     */
    private void insertSelect(Table<?> table, String select, Object... binds) {
        dsl.insertInto(table).columns(table.fields())
                .select(DSL.selectFrom(DSL.table("(" + select + ")", binds).as("rolled"))).execute();
    }

    /**
     * The local date in the zone. H2 casts a timestamp with time zone to a date in the session's zone, not
     * the value's own offset, so the date is counted from the epoch with the local offset added. On
     * PostgreSQL, AT TIME ZONE already gives the local wall time, whose date is the day (decision 0026).
     */
    private String localDay(String column, ZoneId zone) {
        String local = local(column, zone);
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            return "CAST(" + local + " AS DATE)";
        }
        return "DATEADD(DAY, FLOOR((EXTRACT(EPOCH FROM " + local + ") + EXTRACT(TIMEZONE_HOUR FROM " + local
                + ") * 3600 + EXTRACT(TIMEZONE_MINUTE FROM " + local + ") * 60) / 86400), DATE '1970-01-01')";
    }

    /** The zone id is a java.time one (letters, digits, / + - _), so it is safe to write into the SQL. */
    private static String local(String column, ZoneId zone) {
        return "(" + column + " AT TIME ZONE '" + zone.getId().replace("'", "") + "')";
    }

    /** Ids are numbers; callers pass at most a chunk (see KpiRollups). */
    private static String in(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
    }
}

package io.storedesk.dashboard.kpi;

import static io.storedesk.store.schema.Tables.KPI_CUSTOMER_FIRST;
import static io.storedesk.store.schema.Tables.KPI_ORDER_SLICE;
import static io.storedesk.store.schema.Tables.KPI_REFUND;
import static io.storedesk.store.schema.Tables.KPI_ROLLUP_CHANGE;
import static io.storedesk.store.schema.Tables.KPI_ROLLUP_CHANGE_DAY;
import static io.storedesk.store.schema.Tables.KPI_ROLLUP_STATE;
import static io.storedesk.store.schema.Tables.KPI_SALES;
import static io.storedesk.store.schema.Tables.KPI_SKU_DAY;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.PRODUCT;
import static io.storedesk.store.schema.Tables.SKU;

import io.storedesk.dashboard.kpi.RollupRows.Sales;
import io.storedesk.dashboard.kpi.RollupRows.SkuDay;
import io.storedesk.dashboard.kpi.RollupRows.SkuFacts;
import io.storedesk.dashboard.kpi.RollupRows.Slice;
import io.storedesk.store.BulkInsert;
import io.storedesk.store.Chunks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Reads what the KPI rollups (V15, V32) are built from and writes them. The lines are read in order of their
 * orders, a range of orders or a range of placement at a time, and rolled up in Java (KpiRollupBuilder): one
 * pass over the lines with no join but the one to their order, where rolling up in SQL took two passes of
 * three joins each (decision 0037). Refunds are few and still roll up in SQL.
 */
public final class KpiRollupRepository {

    /** A sold line: a sale with a positive quantity and a positive unit price (gifts and postage are not). */
    static final String SOLD = "(l.kind = 'SALE' AND l.quantity > 0 AND l.unit_price > 0)";

    /** Rows written per call to the bulk insert, so a build never holds a whole table's records at once. */
    private static final int WRITE_CHUNK = 5_000;
    /** How long a catch-up's record of changed days is kept (a desk that was away longer reads everything). */
    private static final Duration KEEP_CHANGES = Duration.ofDays(90);

    private final DSLContext dsl;

    public KpiRollupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void clear() {
        for (Table<?> table : List.of(KPI_ORDER_SLICE, KPI_SKU_DAY, KPI_REFUND, KPI_CUSTOMER_FIRST, KPI_SALES)) {
            dsl.truncate(table).execute();
        }
    }

    /**
     * How far the rollups have caught up, and which build they are (generation changes whenever their rows do).
     * null = never built (or built before the watermark existed, or before kpi_sales).
     */
    public record Watermark(Instant builtFrom, long maxOrderId, long maxRefundId, long orderCount, long generation) {
    }

    public Watermark watermark() {
        Record r = dsl.fetchOne("SELECT built_from, max_order_id, max_refund_id, order_count, generation "
                + "FROM kpi_rollup_state");
        return r == null ? null : new Watermark(r.get(0, OffsetDateTime.class).toInstant(), r.get(1, Long.class),
                r.get(2, Long.class), r.get(3, Long.class), r.get(4, Long.class));
    }

    /** The rollups' generation now; 0 = not built. */
    public long generation() {
        Long generation = dsl.select(KPI_ROLLUP_STATE.GENERATION).from(KPI_ROLLUP_STATE)
                .fetchOne(KPI_ROLLUP_STATE.GENERATION);
        return generation == null ? 0 : generation;
    }

    /**
     * Records the orders and refunds as they are now as rolled up, from a build or catch-up that began at
     * builtFrom, as the given generation.
     */
    public void saveWatermark(Instant builtFrom, long generation) {
        Record now = dsl.fetchOne("SELECT (SELECT COALESCE(MAX(id), 0) FROM orders), "
                + "(SELECT COALESCE(MAX(id), 0) FROM refund), (SELECT COUNT(*) FROM orders)");
        dsl.deleteFrom(KPI_ROLLUP_STATE).execute();
        dsl.insertInto(KPI_ROLLUP_STATE)
                .set(KPI_ROLLUP_STATE.ID, 1)
                .set(KPI_ROLLUP_STATE.BUILT_FROM, builtFrom)
                .set(KPI_ROLLUP_STATE.MAX_ORDER_ID, now.get(0, Long.class))
                .set(KPI_ROLLUP_STATE.MAX_REFUND_ID, now.get(1, Long.class))
                .set(KPI_ROLLUP_STATE.ORDER_COUNT, now.get(2, Long.class))
                .set(KPI_ROLLUP_STATE.GENERATION, generation)
                .execute();
    }

    /** Marks the rollups as changed (a catch-up or refresh) without moving the watermark; nothing if never built. */
    void saveGeneration(long generation) {
        dsl.update(KPI_ROLLUP_STATE).set(KPI_ROLLUP_STATE.GENERATION, generation).execute();
    }

    /**
     * Records that generation replaced previous by rolling up these days again (V34), for the in-memory copies to
     * re-read only them; forgets changes older than KEEP_CHANGES.
     */
    void saveChange(long previous, long generation, Collection<LocalDate> days, Instant at) {
        dsl.deleteFrom(KPI_ROLLUP_CHANGE).where(KPI_ROLLUP_CHANGE.CHANGED_AT.lt(at.minus(KEEP_CHANGES))).execute();
        dsl.insertInto(KPI_ROLLUP_CHANGE)
                .set(KPI_ROLLUP_CHANGE.GENERATION, generation)
                .set(KPI_ROLLUP_CHANGE.PREVIOUS_GENERATION, previous)
                .set(KPI_ROLLUP_CHANGE.CHANGED_AT, at)
                .execute();
        if (!days.isEmpty()) {
            var insert = dsl.insertInto(KPI_ROLLUP_CHANGE_DAY, KPI_ROLLUP_CHANGE_DAY.GENERATION,
                    KPI_ROLLUP_CHANGE_DAY.PLACED_DAY);
            days.forEach(day -> insert.values(generation, day));
            insert.execute();
        }
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

    /** No rows at the coarse grain: never built, or built before V32. */
    public boolean isEmpty() {
        return count("SELECT COUNT(*) FROM (SELECT 1 FROM kpi_sales LIMIT 1) t") == 0;
    }

    public boolean hasOrders() {
        return count("SELECT COUNT(*) FROM (SELECT 1 FROM orders LIMIT 1) t") > 0;
    }

    private long count(String sql) {
        return ((Number) dsl.fetchValue(sql)).longValue();
    }

    /** Category (through the product) and cost of every SKU. */
    Map<Long, SkuFacts> skuFacts() {
        Map<Long, SkuFacts> facts = new HashMap<>();
        dsl.select(SKU.ID, PRODUCT.CATEGORY_ID, SKU.COST).from(SKU).leftJoin(PRODUCT).on(PRODUCT.ID.eq(SKU.PRODUCT_ID))
                .fetch().forEach(r -> facts.put(r.value1(), new SkuFacts(r.value2(), r.value3())));
        return facts;
    }

    /** The smallest and largest order id, or null without orders. */
    long[] orderIdRange() {
        Record r = dsl.select(DSL.min(ORDERS.ID), DSL.max(ORDERS.ID)).from(ORDERS).fetchOne();
        return r.get(0) == null ? null : new long[] {r.get(0, Long.class), r.get(1, Long.class)};
    }

    /** Lines of the orders with ids from..to, in order of their orders. */
    List<RolledLine> linesOfOrders(long fromId, long toId) {
        return lines(ORDERS.ID.between(fromId, toId));
    }

    /** Lines of the orders placed in [from, to), in order of their orders. */
    List<RolledLine> linesPlaced(Instant from, Instant to) {
        return lines(ORDERS.PLACED_AT.ge(from).and(ORDERS.PLACED_AT.lt(to)));
    }

    /**
     * Read through the JDBC result, not jOOQ records: a build reads a million lines, and making a record of each
     * cost more than reading it.
     */
    private List<RolledLine> lines(Condition orders) {
        var query = dsl.select(ORDERS.ID, ORDERS.PLACED_AT, ORDERS.CHANNEL_ID, ORDERS.PROVINCE, ORDERS.CUSTOMER_ID,
                        ORDER_LINE.KIND, ORDER_LINE.SKU_ID, ORDER_LINE.WAREHOUSE_ID, ORDER_LINE.QUANTITY,
                        ORDER_LINE.UNIT_PRICE, ORDER_LINE.AMOUNT)
                .from(ORDERS).join(ORDER_LINE).on(ORDER_LINE.ORDER_ID.eq(ORDERS.ID))
                .where(orders)
                .orderBy(ORDERS.ID);
        List<RolledLine> lines = new ArrayList<>();
        try (ResultSet r = query.fetchResultSet()) {
            while (r.next()) {
                lines.add(new RolledLine(r.getLong(1), r.getObject(2, OffsetDateTime.class).toInstant(), r.getLong(3),
                        r.getString(4), nullableLong(r, 5), r.getString(6), nullableLong(r, 7), nullableLong(r, 8),
                        r.getInt(9), r.getBigDecimal(10), r.getBigDecimal(11)));
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading order lines for the KPI rollups", e);
        }
        return lines;
    }

    private static Long nullableLong(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    /** Placement times of these orders (as they are now). */
    List<Instant> placedAt(Collection<Long> orderIds) {
        return dsl.select(ORDERS.PLACED_AT).from(ORDERS).where(ORDERS.ID.in(orderIds)).fetch(ORDERS.PLACED_AT);
    }

    /** Days whose slices these orders have now (as rolled up). */
    public List<LocalDate> sliceDays(Collection<Long> orderIds) {
        return dsl.selectDistinct(KPI_ORDER_SLICE.PLACED_DAY).from(KPI_ORDER_SLICE)
                .where(KPI_ORDER_SLICE.ORDER_ID.in(orderIds)).fetch(KPI_ORDER_SLICE.PLACED_DAY);
    }

    /** Identified customers of these orders (as rolled up). */
    public List<Long> sliceCustomers(Collection<Long> orderIds) {
        return dsl.selectDistinct(KPI_ORDER_SLICE.CUSTOMER_ID).from(KPI_ORDER_SLICE)
                .where(KPI_ORDER_SLICE.CUSTOMER_ID.isNotNull(), KPI_ORDER_SLICE.ORDER_ID.in(orderIds))
                .fetch(KPI_ORDER_SLICE.CUSTOMER_ID);
    }

    /** The order slices of the day as stored, in order of their ids. */
    List<Slice> slicesOn(LocalDate day) {
        var t = KPI_ORDER_SLICE;
        return dsl.select(t.ID, t.ORDER_ID, t.WAREHOUSE_ID, t.CATEGORY_ID, t.PLACED_DAY, t.PLACED_HOUR, t.CHANNEL_ID,
                        t.PROVINCE, t.CUSTOMER_ID, t.SOLD, t.GMV, t.UNITS, t.NET_AMOUNT)
                .from(t).where(t.ID.ge(RollupKeys.first(day)), t.ID.lt(RollupKeys.first(day.plusDays(1))))
                .orderBy(t.ID)
                .fetch(r -> new Slice(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), money(r.value11()), r.value12(),
                        money(r.value13())));
    }

    /** The SKU days of the day as stored, in order of their ids. */
    List<SkuDay> skuDaysOn(LocalDate day) {
        var t = KPI_SKU_DAY;
        return dsl.select(t.ID, t.PLACED_DAY, t.CHANNEL_ID, t.WAREHOUSE_ID, t.CATEGORY_ID, t.SKU_ID, t.PROVINCE, t.GMV,
                        t.UNITS, t.COSTED_GMV, t.COST)
                .from(t).where(t.ID.ge(RollupKeys.first(day)), t.ID.lt(RollupKeys.first(day.plusDays(1))))
                .orderBy(t.ID)
                .fetch(r -> new SkuDay(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), money(r.value8()), r.value9(), money(r.value10()), money(r.value11())));
    }

    /** As the builder gives amounts (scale 4), so a row read back equals the same row rolled up again. */
    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(4, RoundingMode.UNNECESSARY);
    }

    void deleteSlices(List<Long> ids) {
        for (List<Long> chunk : Chunks.of(ids)) {
            dsl.deleteFrom(KPI_ORDER_SLICE).where(KPI_ORDER_SLICE.ID.in(chunk)).execute();
        }
    }

    void deleteSkuDays(List<Long> ids) {
        for (List<Long> chunk : Chunks.of(ids)) {
            dsl.deleteFrom(KPI_SKU_DAY).where(KPI_SKU_DAY.ID.in(chunk)).execute();
        }
    }

    /** Forgets the sales (kpi_sales, every grain) of the orders placed on these days. */
    void deleteSales(Collection<LocalDate> days) {
        dsl.deleteFrom(KPI_SALES).where(KPI_SALES.PLACED_DAY.in(days)).execute();
    }

    void insertSlices(List<Slice> slices) {
        var t = KPI_ORDER_SLICE;
        write(t, List.of(t.ID, t.ORDER_ID, t.WAREHOUSE_ID, t.CATEGORY_ID, t.PLACED_DAY, t.PLACED_HOUR, t.CHANNEL_ID,
                t.PROVINCE, t.CUSTOMER_ID, t.SOLD, t.GMV, t.UNITS, t.NET_AMOUNT), slices, s -> new Object[] {s.id(),
                s.orderId(), s.warehouseId(), s.categoryId(), s.placedDay(), (short) s.placedHour(), s.channelId(),
                s.province(), s.customerId(), s.sold(), s.gmv(), s.units(), s.netAmount()});
    }

    void insertSkuDays(List<SkuDay> days) {
        var t = KPI_SKU_DAY;
        write(t, List.of(t.ID, t.PLACED_DAY, t.CHANNEL_ID, t.WAREHOUSE_ID, t.CATEGORY_ID, t.SKU_ID, t.PROVINCE, t.GMV,
                t.UNITS, t.COSTED_GMV, t.COST), days, d -> new Object[] {d.id(), d.placedDay(), d.channelId(),
                d.warehouseId(), d.categoryId(), d.skuId(), d.province(), d.gmv(), d.units(), d.costedGmv(), d.cost()});
    }

    void insertSales(List<Sales> sales) {
        var t = KPI_SALES;
        write(t, List.of(t.GRAIN, t.PLACED_DAY, t.PLACED_HOUR, t.CHANNEL_ID, t.PROVINCE, t.WAREHOUSE_ID, t.CATEGORY_ID,
                t.ORDERS, t.GMV, t.UNITS, t.NET_AMOUNT, t.COSTED_GMV, t.COST), sales, s -> new Object[] {
                (short) s.grain().code, s.placedDay(), s.placedHour() == null ? null : s.placedHour().shortValue(),
                s.channelId(), s.province(), s.warehouseId(), s.categoryId(), s.orders(), s.gmv(), s.units(),
                s.netAmount(), s.costedGmv(), s.cost()});
    }

    void insertFirstDays(Map<Long, LocalDate> firstDays) {
        var t = KPI_CUSTOMER_FIRST;
        write(t, List.of(t.CUSTOMER_ID, t.FIRST_DAY), List.copyOf(firstDays.entrySet()),
                e -> new Object[] {e.getKey(), e.getValue()});
    }

    /** Writes the rows a chunk at a time, as values of the columns in their order (BulkInsert.insertValues). */
    private <T> void write(Table<?> table, List<? extends Field<?>> columns, List<T> rows,
                           Function<T, Object[]> values) {
        for (int i = 0; i < rows.size(); i += WRITE_CHUNK) {
            BulkInsert.insertValues(dsl, table, columns, rows.subList(i, Math.min(rows.size(), i + WRITE_CHUNK)),
                    values);
        }
    }

    /** Rolls up every refund. */
    void insertAllRefunds(ZoneId zone) {
        insertRefunds(zone, "TRUE");
    }

    /** Rolls these orders' refunds up again. */
    void replaceRefunds(ZoneId zone, Collection<Long> orderIds) {
        dsl.deleteFrom(KPI_REFUND).where(KPI_REFUND.ORDER_ID.in(orderIds)).execute();
        // By the refund's order, through its index: the orders' side would be read whole to join every refund.
        insertRefunds(zone, "r.order_id IN " + in(orderIds));
    }

    /**
     * The first day of these customers again: the earliest placement of an order of theirs with a sold line, read
     * from the orders (through their index by customer) as a local day.
     */
    void replaceCustomers(Collection<Long> customerIds, ZoneId zone) {
        dsl.deleteFrom(KPI_CUSTOMER_FIRST).where(KPI_CUSTOMER_FIRST.CUSTOMER_ID.in(customerIds)).execute();
        var l = ORDER_LINE.as("l");
        Map<Long, LocalDate> first = new HashMap<>();
        dsl.select(ORDERS.CUSTOMER_ID, DSL.min(ORDERS.PLACED_AT)).from(ORDERS)
                .where(ORDERS.CUSTOMER_ID.in(customerIds), DSL.exists(DSL.selectOne().from(l)
                        .where(l.ORDER_ID.eq(ORDERS.ID), l.KIND.eq("SALE"), l.QUANTITY.gt(0),
                                l.UNIT_PRICE.gt(BigDecimal.ZERO))))
                .groupBy(ORDERS.CUSTOMER_ID)
                .forEach(r -> first.put(r.value1(), LocalDate.ofInstant(r.value2(), zone)));
        insertFirstDays(first);
    }

    private void insertRefunds(ZoneId zone, String condition) {
        insertSelect(KPI_REFUND, "SELECT o.id, " + localDay("r.refunded_at", zone) + ", o.channel_id, l.warehouse_id, "
                + "p.category_id, o.province, r.kind, r.reason, r.amount "
                + "FROM refund r JOIN orders o ON o.id = r.order_id "
                + "LEFT JOIN order_line l ON l.id = r.order_line_id "
                + "LEFT JOIN sku s ON s.id = l.sku_id LEFT JOIN product p ON p.id = s.product_id "
                + "WHERE " + condition);
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
        String local = "(" + column + " AT TIME ZONE '" + zone.getId().replace("'", "") + "')";
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            return "CAST(" + local + " AS DATE)";
        }
        return "DATEADD(DAY, FLOOR((EXTRACT(EPOCH FROM " + local + ") + EXTRACT(TIMEZONE_HOUR FROM " + local
                + ") * 3600 + EXTRACT(TIMEZONE_MINUTE FROM " + local + ") * 60) / 86400), DATE '1970-01-01')";
    }

    /** Ids are numbers; callers pass at most a chunk (see KpiRollups). */
    private static String in(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
    }
}

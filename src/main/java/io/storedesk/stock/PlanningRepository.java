package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.PRODUCT;
import static io.storedesk.store.schema.Tables.PURCHASE_ORDER;
import static io.storedesk.store.schema.Tables.PURCHASE_ORDER_LINE;
import static io.storedesk.store.schema.Tables.SHIPMENT;
import static io.storedesk.store.schema.Tables.SHIPMENT_LINE;
import static io.storedesk.store.schema.Tables.SKU;
import static io.storedesk.store.schema.Tables.STOCK_BATCH;
import static io.storedesk.store.schema.Tables.STOCK_LEVEL;
import static io.storedesk.store.schema.Tables.STOCK_SETTING;
import static io.storedesk.store.schema.Tables.STOCK_TRANSFER;
import static io.storedesk.store.schema.Tables.STOCK_TRANSFER_LINE;
import static io.storedesk.store.schema.Tables.SUPPLIER;
import static io.storedesk.store.schema.Tables.WAREHOUSE;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;

import io.storedesk.store.Chunks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** What a planning run reads: positions with their settings, open purchase orders, sales by day, batches. */
public final class PlanningRepository {

    private static final List<String> OPEN_PURCHASE_ORDERS = List.of(PurchaseOrderStatus.DRAFT.name(),
            PurchaseOrderStatus.SENT.name(), PurchaseOrderStatus.PARTIAL.name());
    private static final List<String> NOT_SOLD = List.of("CANCELLED", "MERGED");
    private static final int SECONDS_PER_DAY = 86_400;

    private final DSLContext dsl;

    public PlanningRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every stock position of goods, with its setting (if any) and its supplier's stated lead time. */
    public List<PositionFacts> positions() {
        return dsl.select(STOCK_LEVEL.SKU_ID, STOCK_LEVEL.WAREHOUSE_ID, SKU.CODE, PRODUCT.TITLE, SKU.ATTRIBUTES,
                        WAREHOUSE.CODE, PRODUCT.CATEGORY_ID, STOCK_LEVEL.ON_HAND, STOCK_LEVEL.RESERVED,
                        STOCK_LEVEL.IN_TRANSIT, SKU.PRICE, SKU.COST,
                        STOCK_SETTING.SKU_ID, STOCK_SETTING.SUPPLIER_ID, STOCK_SETTING.SAFETY_STOCK,
                        STOCK_SETTING.REORDER_POINT, STOCK_SETTING.MAX_STOCK, STOCK_SETTING.LEAD_TIME_DAYS,
                        STOCK_SETTING.MOQ, STOCK_SETTING.PACK_SIZE, STOCK_SETTING.SERVICE_LEVEL,
                        SUPPLIER.LEAD_TIME_DAYS)
                .from(STOCK_LEVEL)
                .join(SKU).on(SKU.ID.eq(STOCK_LEVEL.SKU_ID))
                .join(PRODUCT).on(PRODUCT.ID.eq(SKU.PRODUCT_ID))
                .join(WAREHOUSE).on(WAREHOUSE.ID.eq(STOCK_LEVEL.WAREHOUSE_ID))
                .leftJoin(STOCK_SETTING).on(STOCK_SETTING.SKU_ID.eq(STOCK_LEVEL.SKU_ID),
                        STOCK_SETTING.WAREHOUSE_ID.eq(STOCK_LEVEL.WAREHOUSE_ID))
                .leftJoin(SUPPLIER).on(SUPPLIER.ID.eq(STOCK_SETTING.SUPPLIER_ID))
                .where(SKU.KIND.eq("GOODS"), SKU.BUNDLE.isFalse(), WAREHOUSE.ACTIVE.isTrue())
                .fetch(r -> {
                    StockSetting setting = r.get(STOCK_SETTING.SKU_ID) == null ? null
                            : new StockSetting(r.value1(), r.value2(), r.get(STOCK_SETTING.SUPPLIER_ID),
                                    r.get(STOCK_SETTING.SAFETY_STOCK), r.get(STOCK_SETTING.REORDER_POINT),
                                    r.get(STOCK_SETTING.MAX_STOCK), r.get(STOCK_SETTING.LEAD_TIME_DAYS),
                                    r.get(STOCK_SETTING.MOQ), r.get(STOCK_SETTING.PACK_SIZE),
                                    r.get(STOCK_SETTING.SERVICE_LEVEL));
                    return new PositionFacts(new PositionKey(r.value1(), r.value2()), r.value3(), r.value4(),
                            r.value5(), r.value6(), r.value7() == null ? 0 : r.value7(), r.value8(), r.value9(),
                            r.value10(), r.value11(), r.value12(), setting, r.get(SUPPLIER.LEAD_TIME_DAYS));
                });
    }

    /**
     * Units on their way in, per position, that the position's level does not show yet: ordered from
     * suppliers and not received (drafts count: they are about to go), and drafted transfers toward it (a
     * shipped transfer is already in the destination's in-transit).
     */
    public Map<PositionKey, Integer> onOrder() {
        Map<PositionKey, Integer> result = new HashMap<>();
        dsl.select(PURCHASE_ORDER_LINE.SKU_ID, PURCHASE_ORDER.WAREHOUSE_ID,
                        sum(PURCHASE_ORDER_LINE.QUANTITY.minus(PURCHASE_ORDER_LINE.RECEIVED_QUANTITY)))
                .from(PURCHASE_ORDER_LINE)
                .join(PURCHASE_ORDER).on(PURCHASE_ORDER.ID.eq(PURCHASE_ORDER_LINE.PURCHASE_ORDER_ID))
                .where(PURCHASE_ORDER.STATUS.in(OPEN_PURCHASE_ORDERS))
                .groupBy(PURCHASE_ORDER_LINE.SKU_ID, PURCHASE_ORDER.WAREHOUSE_ID)
                .forEach(r -> add(result, new PositionKey(r.value1(), r.value2()), r.value3()));
        dsl.select(STOCK_TRANSFER_LINE.SKU_ID, STOCK_TRANSFER.TO_WAREHOUSE_ID, sum(STOCK_TRANSFER_LINE.QUANTITY))
                .from(STOCK_TRANSFER_LINE)
                .join(STOCK_TRANSFER).on(STOCK_TRANSFER.ID.eq(STOCK_TRANSFER_LINE.TRANSFER_ID))
                .where(STOCK_TRANSFER.STATUS.eq(TransferStatus.DRAFT.name()))
                .groupBy(STOCK_TRANSFER_LINE.SKU_ID, STOCK_TRANSFER.TO_WAREHOUSE_ID)
                .forEach(r -> add(result, new PositionKey(r.value1(), r.value2()), r.value3()));
        return result;
    }

    private static void add(Map<PositionKey, Integer> totals, PositionKey key, BigDecimal units) {
        int open = units == null ? 0 : units.intValue();
        if (open > 0) {
            totals.merge(key, open, Integer::sum);
        }
    }

    /** Mean days from ordering to receipt per supplier, over its received purchase orders. */
    public Map<Long, Double> measuredLeadTimes() {
        Field<Long> seconds = DSL.field("EXTRACT(EPOCH FROM {0}) - EXTRACT(EPOCH FROM {1})", SQLDataType.BIGINT,
                PURCHASE_ORDER.RECEIVED_AT, PURCHASE_ORDER.ORDERED_AT);
        Map<Long, Double> result = new HashMap<>();
        dsl.select(PURCHASE_ORDER.SUPPLIER_ID, avg(seconds))
                .from(PURCHASE_ORDER)
                .where(PURCHASE_ORDER.STATUS.eq(PurchaseOrderStatus.RECEIVED.name()),
                        PURCHASE_ORDER.ORDERED_AT.isNotNull(), PURCHASE_ORDER.RECEIVED_AT.isNotNull())
                .groupBy(PURCHASE_ORDER.SUPPLIER_ID)
                .forEach(r -> result.put(r.value1(), r.value2().doubleValue() / SECONDS_PER_DAY));
        return result;
    }

    /**
     * Units sold per SKU, warehouse (null = the line has not shipped yet), shop-local day and whether the
     * order ran under a promotion, for orders placed in [from, to), one call per order line or shipped part
     * of it. The rows are streamed and the caller adds them up: H2 groups a million rows several times
     * slower than it reads them.
     */
    public void dailySales(Instant from, Instant to, ZoneOffset offset, DailySalesSink sink) {
        Field<Integer> units = coalesce(SHIPMENT_LINE.QUANTITY, ORDER_LINE.QUANTITY);
        Condition sold = ORDER_LINE.KIND.eq("SALE").and(ORDER_LINE.SKU_ID.isNotNull())
                .and(ORDERS.STATUS.notIn(NOT_SOLD))
                .and(ORDERS.PLACED_AT.ge(from))
                .and(ORDERS.PLACED_AT.lt(to));
        long shift = offset.getTotalSeconds();
        try (var rows = dsl.select(ORDER_LINE.SKU_ID, SHIPMENT.WAREHOUSE_ID, ORDERS.PLACED_AT, ORDERS.PROMOTION_ID,
                        units)
                .from(ORDER_LINE)
                .join(ORDERS).on(ORDERS.ID.eq(ORDER_LINE.ORDER_ID))
                .leftJoin(SHIPMENT_LINE).on(SHIPMENT_LINE.ORDER_LINE_ID.eq(ORDER_LINE.ID))
                .leftJoin(SHIPMENT).on(SHIPMENT.ID.eq(SHIPMENT_LINE.SHIPMENT_ID))
                .where(sold)
                .fetchSize(SECONDS_PER_DAY)
                .fetchLazy()) {
            for (var r : rows) {
                long day = Math.floorDiv(r.value3().getEpochSecond() + shift, SECONDS_PER_DAY);
                sink.accept(r.value1(), r.value2(), LocalDate.ofEpochDay(day), r.value4() != null,
                        r.value5() == null ? 0 : r.value5());
            }
        }
    }

    /** The last day each of these SKUs sold, in the shop's offset; SKUs never sold are absent. */
    public Map<Long, LocalDate> lastSales(Collection<Long> skuIds, ZoneOffset offset) {
        Map<Long, LocalDate> result = new HashMap<>();
        // Ids written into the statement: H2 checks each line the index finds against the list again, through a
        // set for constants but one by one for parameters (a SKU sold a thousand times, a thousand ids each).
        for (List<Long> chunk : Chunks.of(skuIds)) {
            dsl.select(ORDER_LINE.SKU_ID, max(ORDERS.PLACED_AT))
                    .from(ORDER_LINE)
                    .join(ORDERS).on(ORDERS.ID.eq(ORDER_LINE.ORDER_ID))
                    .where(ORDER_LINE.SKU_ID.in(Chunks.inlined(chunk)),
                            ORDER_LINE.KIND.eq("SALE"), ORDERS.STATUS.notIn(NOT_SOLD))
                    .groupBy(ORDER_LINE.SKU_ID)
                    .forEach(r -> result.put(r.value1(), LocalDate.ofInstant(r.value2(), offset)));
        }
        return result;
    }

    /** Batches still holding stock that carry an expiry date. */
    public List<Batch> expiringBatches() {
        return dsl.select(STOCK_BATCH.ID, STOCK_BATCH.SKU_ID, STOCK_BATCH.WAREHOUSE_ID, STOCK_BATCH.BATCH_NO,
                        STOCK_BATCH.QUANTITY, STOCK_BATCH.EXPIRY_DATE, STOCK_BATCH.RECEIVED_AT)
                .from(STOCK_BATCH)
                .where(STOCK_BATCH.QUANTITY.gt(0), STOCK_BATCH.EXPIRY_DATE.isNotNull())
                .orderBy(STOCK_BATCH.EXPIRY_DATE, STOCK_BATCH.ID)
                .fetch(r -> new Batch(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /**
     * A marker that changes whenever orders, shipments or purchase orders change, so cached sales
     * histories are read again only when they could differ.
     */
    public String salesMarker() {
        var orders = dsl.select(count(), max(ORDERS.UPDATED_AT)).from(ORDERS).fetchOne();
        var shipments = dsl.select(count(), max(SHIPMENT.UPDATED_AT)).from(SHIPMENT).fetchOne();
        return orders.value1() + "/" + orders.value2() + "/" + shipments.value1() + "/" + shipments.value2();
    }

    /** Sales rows as {@link #dailySales} hands them on. */
    @FunctionalInterface
    public interface DailySalesSink {
        void accept(long skuId, Long warehouseId, LocalDate day, boolean promotion, int units);
    }

    /** A position's stored facts before planning adds sales and purchase orders to them. */
    public record PositionFacts(PositionKey key, String skuCode, String title, String attributes,
                                String warehouseCode, long categoryId, int onHand, int reserved, int inTransit,
                                BigDecimal price, BigDecimal cost, StockSetting setting,
                                Integer supplierLeadTimeDays) {

        public Optional<Long> supplierId() {
            return Optional.ofNullable(setting).map(StockSetting::supplierId);
        }
    }
}

package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.PRODUCT;
import static io.storedesk.store.schema.Tables.PURCHASE_ORDER;
import static io.storedesk.store.schema.Tables.PURCHASE_ORDER_LINE;
import static io.storedesk.store.schema.Tables.SKU;
import static io.storedesk.store.schema.Tables.STOCK_BATCH;
import static io.storedesk.store.schema.Tables.STOCK_LEVEL;
import static io.storedesk.store.schema.Tables.STOCK_MOVEMENT;
import static io.storedesk.store.schema.Tables.STOCK_RESERVATION;
import static io.storedesk.store.schema.Tables.STOCK_SETTING;
import static io.storedesk.store.schema.Tables.SUPPLIER;
import static io.storedesk.store.schema.Tables.WAREHOUSE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import io.storedesk.common.Money;
import io.storedesk.common.Page;
import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.PurchaseOrderLineRecord;
import io.storedesk.store.schema.tables.records.PurchaseOrderRecord;
import io.storedesk.store.schema.tables.records.StockBatchRecord;
import io.storedesk.store.schema.tables.records.StockLevelRecord;
import io.storedesk.store.schema.tables.records.StockMovementRecord;
import io.storedesk.store.schema.tables.records.StockReservationRecord;
import io.storedesk.store.schema.tables.records.StockSettingRecord;
import io.storedesk.store.schema.tables.records.SupplierRecord;
import io.storedesk.store.schema.tables.records.WarehouseRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;

/** Warehouses, suppliers, stock settings, levels, batches, the ledger, reservations and purchase orders. */
public final class StockRepository {

    private final DSLContext dsl;

    public StockRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<String, Long> insertWarehouses(List<Warehouse> warehouses) {
        BulkInsert.insert(dsl, warehouses.stream().map(w -> {
            WarehouseRecord r = dsl.newRecord(WAREHOUSE);
            r.setCode(w.code());
            r.setName(w.name());
            r.setProvince(w.province());
            r.setCity(w.city());
            r.setAddress(w.address());
            r.setPriority(w.priority());
            r.setActive(w.active());
            return r;
        }).toList());
        return dsl.select(WAREHOUSE.CODE, WAREHOUSE.ID).from(WAREHOUSE).fetchMap(WAREHOUSE.CODE, WAREHOUSE.ID);
    }

    public List<Warehouse> warehouses() {
        return dsl.select(WAREHOUSE.ID, WAREHOUSE.CODE, WAREHOUSE.NAME, WAREHOUSE.PROVINCE, WAREHOUSE.CITY,
                        WAREHOUSE.ADDRESS, WAREHOUSE.PRIORITY, WAREHOUSE.ACTIVE)
                .from(WAREHOUSE)
                .orderBy(WAREHOUSE.PRIORITY, WAREHOUSE.CODE)
                .fetch(Records.mapping(Warehouse::new));
    }

    public Map<String, Long> insertSuppliers(List<Supplier> suppliers) {
        BulkInsert.insert(dsl, suppliers.stream().map(s -> {
            SupplierRecord r = dsl.newRecord(SUPPLIER);
            r.setCode(s.code());
            r.setName(s.name());
            r.setContact(s.contact());
            r.setPhone(s.phone());
            r.setProvince(s.province());
            r.setCity(s.city());
            r.setLeadTimeDays(s.leadTimeDays());
            r.setCurrency(s.currency());
            return r;
        }).toList());
        return dsl.select(SUPPLIER.CODE, SUPPLIER.ID).from(SUPPLIER).fetchMap(SUPPLIER.CODE, SUPPLIER.ID);
    }

    public List<Supplier> suppliers() {
        return dsl.select(SUPPLIER.ID, SUPPLIER.CODE, SUPPLIER.NAME, SUPPLIER.CONTACT, SUPPLIER.PHONE,
                        SUPPLIER.PROVINCE, SUPPLIER.CITY, SUPPLIER.LEAD_TIME_DAYS, SUPPLIER.CURRENCY)
                .from(SUPPLIER)
                .orderBy(SUPPLIER.CODE)
                .fetch(Records.mapping(Supplier::new));
    }

    public void insertSettings(List<StockSetting> settings) {
        BulkInsert.insert(dsl, settings.stream().map(s -> {
            StockSettingRecord r = dsl.newRecord(STOCK_SETTING);
            r.setSkuId(s.skuId());
            r.setWarehouseId(s.warehouseId());
            r.setSupplierId(s.supplierId());
            r.setSafetyStock(s.safetyStock());
            r.setReorderPoint(s.reorderPoint());
            r.setMaxStock(s.maxStock());
            r.setLeadTimeDays(s.leadTimeDays());
            r.setMoq(s.moq());
            r.setPackSize(s.packSize());
            r.setServiceLevel(s.serviceLevel());
            return r;
        }).toList());
    }

    public List<StockSetting> settings(long skuId) {
        return dsl.select(STOCK_SETTING.SKU_ID, STOCK_SETTING.WAREHOUSE_ID, STOCK_SETTING.SUPPLIER_ID,
                        STOCK_SETTING.SAFETY_STOCK, STOCK_SETTING.REORDER_POINT, STOCK_SETTING.MAX_STOCK,
                        STOCK_SETTING.LEAD_TIME_DAYS, STOCK_SETTING.MOQ, STOCK_SETTING.PACK_SIZE,
                        STOCK_SETTING.SERVICE_LEVEL)
                .from(STOCK_SETTING)
                .where(STOCK_SETTING.SKU_ID.eq(skuId))
                .orderBy(STOCK_SETTING.WAREHOUSE_ID)
                .fetch(Records.mapping(StockSetting::new));
    }

    /**
     * Sets up positions that do not exist yet, each with an OPENING ledger entry, in one transaction:
     * the ledger replays to the levels from the first day.
     */
    public void openPositions(List<OpeningBalance> balances, String userName, Instant at) {
        dsl.transaction(() -> {
            // Thread-bound: joins the caller's unit of work if there is one (see Store).
            DSLContext ctx = dsl;
            List<StockLevelRecord> levels = new ArrayList<>(balances.size());
            List<StockMovementRecord> movements = new ArrayList<>(balances.size());
            for (OpeningBalance b : balances) {
                StockLevelRecord level = ctx.newRecord(STOCK_LEVEL);
                level.setSkuId(b.skuId());
                level.setWarehouseId(b.warehouseId());
                level.setOnHand(b.onHand());
                level.setReserved(0);
                level.setInTransit(b.inTransit());
                level.setUpdatedAt(at);
                level.setUpdatedBy(userName);
                levels.add(level);
                movements.add(movementRecord(ctx, new Movement(0, b.skuId(), b.warehouseId(), null,
                        MovementKind.OPENING, b.onHand(), 0, b.onHand(), null, null, userName, at)));
            }
            BulkInsert.insert(ctx, levels);
            BulkInsert.insert(ctx, movements);
        });
    }

    public List<StockLevel> levels(long skuId) {
        return dsl.select(STOCK_LEVEL.SKU_ID, STOCK_LEVEL.WAREHOUSE_ID, STOCK_LEVEL.ON_HAND, STOCK_LEVEL.RESERVED,
                        STOCK_LEVEL.IN_TRANSIT, STOCK_LEVEL.VERSION)
                .from(STOCK_LEVEL)
                .where(STOCK_LEVEL.SKU_ID.eq(skuId))
                .orderBy(STOCK_LEVEL.WAREHOUSE_ID)
                .fetch(Records.mapping(StockLevel::new));
    }

    public List<Movement> movements(long skuId, long warehouseId) {
        return dsl.select(STOCK_MOVEMENT.ID, STOCK_MOVEMENT.SKU_ID, STOCK_MOVEMENT.WAREHOUSE_ID,
                        STOCK_MOVEMENT.BATCH_ID, STOCK_MOVEMENT.KIND, STOCK_MOVEMENT.QUANTITY,
                        STOCK_MOVEMENT.ON_HAND_BEFORE, STOCK_MOVEMENT.ON_HAND_AFTER, STOCK_MOVEMENT.REASON,
                        STOCK_MOVEMENT.REFERENCE, STOCK_MOVEMENT.USER_NAME, STOCK_MOVEMENT.OCCURRED_AT)
                .from(STOCK_MOVEMENT)
                .where(STOCK_MOVEMENT.SKU_ID.eq(skuId), STOCK_MOVEMENT.WAREHOUSE_ID.eq(warehouseId))
                .orderBy(STOCK_MOVEMENT.OCCURRED_AT, STOCK_MOVEMENT.ID)
                .fetch(r -> new Movement(r.value1(), r.value2(), r.value3(), r.value4(),
                        MovementKind.valueOf(r.value5()), r.value6(), r.value7(), r.value8(), r.value9(),
                        r.value10(), r.value11(), r.value12()));
    }

    public void insertBatches(List<Batch> batches) {
        BulkInsert.insert(dsl, batches.stream().map(b -> {
            StockBatchRecord r = dsl.newRecord(STOCK_BATCH);
            r.setSkuId(b.skuId());
            r.setWarehouseId(b.warehouseId());
            r.setBatchNo(b.batchNo());
            r.setQuantity(b.quantity());
            r.setExpiryDate(b.expiryDate());
            r.setReceivedAt(b.receivedAt());
            return r;
        }).toList());
    }

    public List<Batch> batches(long skuId, long warehouseId) {
        return dsl.select(STOCK_BATCH.ID, STOCK_BATCH.SKU_ID, STOCK_BATCH.WAREHOUSE_ID, STOCK_BATCH.BATCH_NO,
                        STOCK_BATCH.QUANTITY, STOCK_BATCH.EXPIRY_DATE, STOCK_BATCH.RECEIVED_AT)
                .from(STOCK_BATCH)
                .where(STOCK_BATCH.SKU_ID.eq(skuId), STOCK_BATCH.WAREHOUSE_ID.eq(warehouseId))
                .orderBy(STOCK_BATCH.EXPIRY_DATE.asc().nullsLast(), STOCK_BATCH.BATCH_NO)
                .fetch(Records.mapping(Batch::new));
    }

    /** Stores reservations and brings every position's reserved figure in line with the active ones. */
    public void insertReservations(List<Reservation> reservations) {
        dsl.transaction(() -> {
            // Thread-bound: joins the caller's unit of work if there is one (see Store).
            DSLContext ctx = dsl;
            BulkInsert.insert(ctx, reservations.stream().map(v -> {
                StockReservationRecord r = ctx.newRecord(STOCK_RESERVATION);
                r.setSkuId(v.skuId());
                r.setWarehouseId(v.warehouseId());
                r.setOrderId(v.orderId());
                r.setOrderLineId(v.orderLineId());
                r.setQuantity(v.quantity());
                r.setKind(v.kind().name());
                r.setCreatedAt(v.createdAt());
                r.setExpiresAt(v.expiresAt());
                r.setReleasedAt(v.releasedAt());
                return r;
            }).toList());
            Field<Integer> active = select(coalesce(sum(STOCK_RESERVATION.QUANTITY), inline(BigDecimal.ZERO)))
                    .from(STOCK_RESERVATION)
                    .where(STOCK_RESERVATION.SKU_ID.eq(STOCK_LEVEL.SKU_ID),
                            STOCK_RESERVATION.WAREHOUSE_ID.eq(STOCK_LEVEL.WAREHOUSE_ID),
                            STOCK_RESERVATION.RELEASED_AT.isNull())
                    .asField().cast(Integer.class);
            ctx.update(STOCK_LEVEL).set(STOCK_LEVEL.RESERVED, active).execute();
        });
    }

    public List<Reservation> activeReservations(long skuId) {
        return dsl.selectFrom(STOCK_RESERVATION)
                .where(STOCK_RESERVATION.SKU_ID.eq(skuId), STOCK_RESERVATION.RELEASED_AT.isNull())
                .orderBy(STOCK_RESERVATION.CREATED_AT, STOCK_RESERVATION.ID)
                .fetch(r -> new Reservation(r.getId(), r.getSkuId(), r.getWarehouseId(), r.getOrderId(),
                        r.getOrderLineId(), r.getQuantity(), ReservationKind.valueOf(r.getKind()), r.getCreatedAt(),
                        r.getExpiresAt(), r.getReleasedAt()));
    }

    public void insertPurchaseOrders(List<PurchaseOrder> orders, String currency, String userName) {
        dsl.transaction(() -> {
            // Thread-bound: joins the caller's unit of work if there is one (see Store).
            DSLContext ctx = dsl;
            for (PurchaseOrder po : orders) {
                PurchaseOrderRecord r = ctx.newRecord(PURCHASE_ORDER);
                r.setCode(po.code());
                r.setSupplierId(po.supplierId());
                r.setWarehouseId(po.warehouseId());
                r.setStatus(po.status().name());
                r.setCurrency(currency);
                r.setTotalAmount(po.total(currency).amount());
                r.setOrderedAt(po.orderedAt());
                r.setExpectedAt(po.expectedAt());
                r.setReceivedAt(po.receivedAt());
                r.setCreatedBy(userName);
                r.store();
                List<PurchaseOrderLineRecord> lines = new ArrayList<>();
                for (PurchaseOrderLine line : po.lines()) {
                    PurchaseOrderLineRecord l = ctx.newRecord(PURCHASE_ORDER_LINE);
                    l.setPurchaseOrderId(r.getId());
                    l.setSkuId(line.skuId());
                    l.setQuantity(line.quantity());
                    l.setReceivedQuantity(line.receivedQuantity());
                    l.setUnitCost(line.unitCost().amount());
                    lines.add(l);
                }
                BulkInsert.insert(ctx, lines);
            }
        });
    }

    public List<PurchaseOrder> purchaseOrders(PurchaseOrderStatus status) {
        Map<Long, List<PurchaseOrderLine>> lines = dsl.select(PURCHASE_ORDER_LINE.PURCHASE_ORDER_ID,
                        PURCHASE_ORDER_LINE.SKU_ID, PURCHASE_ORDER_LINE.QUANTITY,
                        PURCHASE_ORDER_LINE.RECEIVED_QUANTITY, PURCHASE_ORDER_LINE.UNIT_COST, PURCHASE_ORDER.CURRENCY)
                .from(PURCHASE_ORDER_LINE)
                .join(PURCHASE_ORDER).on(PURCHASE_ORDER.ID.eq(PURCHASE_ORDER_LINE.PURCHASE_ORDER_ID))
                .where(PURCHASE_ORDER.STATUS.eq(status.name()))
                .orderBy(PURCHASE_ORDER_LINE.ID)
                .fetchGroups(r -> r.value1(), r -> new PurchaseOrderLine(r.value2(), r.value3(), r.value4(),
                        new Money(r.value5(), r.value6())));
        return dsl.selectFrom(PURCHASE_ORDER)
                .where(PURCHASE_ORDER.STATUS.eq(status.name()))
                .orderBy(PURCHASE_ORDER.CODE)
                .fetch(r -> new PurchaseOrder(r.getId(), r.getCode(), r.getSupplierId(), r.getWarehouseId(),
                        PurchaseOrderStatus.valueOf(r.getStatus()), r.getOrderedAt(), r.getExpectedAt(),
                        r.getReceivedAt(), lines.getOrDefault(r.getId(), List.of())));
    }

    /**
     * Stock positions whose SKU or warehouse matches the text, worst first. The ORDER BY mirrors
     * {@link StockStatus#of}; a test holds the two together.
     */
    public Page<StockPosition> positions(String text, int limit) {
        Condition where = text == null || text.isBlank() ? DSL.noCondition()
                : SKU.SEARCH_TEXT.contains(text.strip().toLowerCase(Locale.ROOT))
                        .or(WAREHOUSE.NAME.contains(text.strip()))
                        .or(WAREHOUSE.CODE.containsIgnoreCase(text.strip()));
        Field<Integer> available = STOCK_LEVEL.ON_HAND.minus(STOCK_LEVEL.RESERVED);
        Field<Integer> severity = when(available.lt(0), inline(0))
                .when(available.eq(0), inline(1))
                .when(STOCK_SETTING.SAFETY_STOCK.isNotNull().and(available.lt(STOCK_SETTING.SAFETY_STOCK)), inline(2))
                .when(STOCK_SETTING.MAX_STOCK.isNotNull().and(STOCK_LEVEL.ON_HAND.gt(STOCK_SETTING.MAX_STOCK)), inline(3))
                .otherwise(inline(4));
        Field<LocalDate> nearestExpiry = select(min(STOCK_BATCH.EXPIRY_DATE)).from(STOCK_BATCH)
                .where(STOCK_BATCH.SKU_ID.eq(STOCK_LEVEL.SKU_ID), STOCK_BATCH.WAREHOUSE_ID.eq(STOCK_LEVEL.WAREHOUSE_ID),
                        STOCK_BATCH.QUANTITY.gt(0))
                .asField("nearest_expiry");
        var from = STOCK_LEVEL
                .join(SKU).on(SKU.ID.eq(STOCK_LEVEL.SKU_ID))
                .join(PRODUCT).on(PRODUCT.ID.eq(SKU.PRODUCT_ID))
                .join(WAREHOUSE).on(WAREHOUSE.ID.eq(STOCK_LEVEL.WAREHOUSE_ID))
                .leftJoin(STOCK_SETTING).on(STOCK_SETTING.SKU_ID.eq(STOCK_LEVEL.SKU_ID),
                        STOCK_SETTING.WAREHOUSE_ID.eq(STOCK_LEVEL.WAREHOUSE_ID));
        long total = dsl.fetchCount(dsl.selectOne().from(from).where(where));
        List<StockPosition> rows = dsl.select(STOCK_LEVEL.SKU_ID, SKU.CODE, PRODUCT.TITLE, SKU.ATTRIBUTES, WAREHOUSE.CODE,
                        WAREHOUSE.NAME, STOCK_LEVEL.ON_HAND, STOCK_LEVEL.RESERVED, STOCK_LEVEL.IN_TRANSIT,
                        STOCK_SETTING.SAFETY_STOCK, STOCK_SETTING.MAX_STOCK, nearestExpiry)
                .from(from)
                .where(where)
                .orderBy(severity, SKU.CODE, WAREHOUSE.PRIORITY)
                .limit(limit)
                .fetch(Records.mapping(StockPosition::new));
        return new Page<>(rows, total);
    }

    public long countPositions() {
        return dsl.fetchCount(STOCK_LEVEL);
    }

    private static StockMovementRecord movementRecord(DSLContext ctx, Movement m) {
        StockMovementRecord r = ctx.newRecord(STOCK_MOVEMENT);
        r.setSkuId(m.skuId());
        r.setWarehouseId(m.warehouseId());
        r.setBatchId(m.batchId());
        r.setKind(m.kind().name());
        r.setQuantity(m.quantity());
        r.setOnHandBefore(m.onHandBefore());
        r.setOnHandAfter(m.onHandAfter());
        r.setReason(m.reason());
        r.setReference(m.reference());
        r.setUserName(m.userName());
        r.setOccurredAt(m.occurredAt());
        return r;
    }
}

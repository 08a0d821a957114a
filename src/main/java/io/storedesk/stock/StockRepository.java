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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
        BulkInsert.insert(dsl, settings.stream().map(s -> settingRecord(dsl, s)).toList());
    }

    /** Stores new settings, attributed to the user who imported or entered them. */
    public void insertSettings(List<StockSetting> settings, String user, Instant at) {
        BulkInsert.insert(dsl, settings.stream().map(s -> {
            StockSettingRecord r = settingRecord(dsl, s);
            r.setUpdatedBy(user);
            r.setUpdatedAt(at);
            return r;
        }).toList());
    }

    /** The stored settings of these positions, with their versions; positions without one are absent. */
    public Map<PositionKey, StoredSetting> settings(Collection<PositionKey> positions) {
        Map<PositionKey, StoredSetting> result = new HashMap<>();
        Set<PositionKey> wanted = new HashSet<>(positions);
        List<Long> warehouses = positions.stream().map(PositionKey::warehouseId).distinct().toList();
        for (List<Long> chunk : chunks(positions.stream().map(PositionKey::skuId).toList())) {
            dsl.selectFrom(STOCK_SETTING)
                    .where(STOCK_SETTING.SKU_ID.in(chunk), STOCK_SETTING.WAREHOUSE_ID.in(warehouses))
                    .forEach(r -> {
                        StoredSetting stored = new StoredSetting(new StockSetting(r.getSkuId(), r.getWarehouseId(),
                                r.getSupplierId(), r.getSafetyStock(), r.getReorderPoint(), r.getMaxStock(),
                                r.getLeadTimeDays(), r.getMoq(), r.getPackSize(), r.getServiceLevel()),
                                r.getVersion());
                        if (wanted.contains(stored.key())) {
                            result.put(stored.key(), stored);
                        }
                    });
        }
        return result;
    }

    /**
     * Writes new values over settings that still carry the version the caller read; the others (changed
     * meanwhile by someone else) are returned untouched.
     */
    public List<StoredSetting> updateSettings(List<StoredSetting> settings, String user, Instant at) {
        if (settings.isEmpty()) {
            return List.of();
        }
        var batch = dsl.batch(dsl.update(STOCK_SETTING)
                .set(STOCK_SETTING.SUPPLIER_ID, (Long) null).set(STOCK_SETTING.SAFETY_STOCK, (Integer) null)
                .set(STOCK_SETTING.REORDER_POINT, (Integer) null).set(STOCK_SETTING.MAX_STOCK, (Integer) null)
                .set(STOCK_SETTING.LEAD_TIME_DAYS, (Integer) null).set(STOCK_SETTING.MOQ, (Integer) null)
                .set(STOCK_SETTING.PACK_SIZE, (Integer) null).set(STOCK_SETTING.SERVICE_LEVEL, (BigDecimal) null)
                .set(STOCK_SETTING.UPDATED_AT, (Instant) null).set(STOCK_SETTING.UPDATED_BY, (String) null)
                .set(STOCK_SETTING.VERSION, STOCK_SETTING.VERSION.plus(inline(1)))
                .where(STOCK_SETTING.SKU_ID.eq((Long) null), STOCK_SETTING.WAREHOUSE_ID.eq((Long) null),
                        STOCK_SETTING.VERSION.eq((Integer) null)));
        for (StoredSetting stored : settings) {
            StockSetting s = stored.setting();
            batch = batch.bind(s.supplierId(), s.safetyStock(), s.reorderPoint(), s.maxStock(), s.leadTimeDays(),
                    s.moq(), s.packSize(), s.serviceLevel(), at, user, s.skuId(), s.warehouseId(), stored.version());
        }
        return untouched(settings, batch.execute());
    }

    /** Deletes settings that still carry the version the caller read; the others are returned untouched. */
    public List<StoredSetting> deleteSettings(List<StoredSetting> settings) {
        if (settings.isEmpty()) {
            return List.of();
        }
        var batch = dsl.batch(dsl.deleteFrom(STOCK_SETTING)
                .where(STOCK_SETTING.SKU_ID.eq((Long) null), STOCK_SETTING.WAREHOUSE_ID.eq((Long) null),
                        STOCK_SETTING.VERSION.eq((Integer) null)));
        for (StoredSetting stored : settings) {
            batch = batch.bind(stored.setting().skuId(), stored.setting().warehouseId(), stored.version());
        }
        return untouched(settings, batch.execute());
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

    /** The existing positions among these, by position (a position without a level row holds nothing). */
    public Map<PositionKey, StockLevel> levels(Collection<PositionKey> positions) {
        Map<PositionKey, StockLevel> result = new HashMap<>();
        Set<PositionKey> wanted = new HashSet<>(positions);
        List<Long> warehouses = positions.stream().map(PositionKey::warehouseId).distinct().toList();
        for (List<Long> chunk : chunks(positions.stream().map(PositionKey::skuId).toList())) {
            dsl.select(STOCK_LEVEL.SKU_ID, STOCK_LEVEL.WAREHOUSE_ID, STOCK_LEVEL.ON_HAND, STOCK_LEVEL.RESERVED,
                            STOCK_LEVEL.IN_TRANSIT, STOCK_LEVEL.VERSION)
                    .from(STOCK_LEVEL)
                    .where(STOCK_LEVEL.SKU_ID.in(chunk), STOCK_LEVEL.WAREHOUSE_ID.in(warehouses))
                    .fetch(Records.mapping(StockLevel::new))
                    .forEach(level -> {
                        PositionKey key = new PositionKey(level.skuId(), level.warehouseId());
                        if (wanted.contains(key)) {
                            result.put(key, level);
                        }
                    });
        }
        return result;
    }

    /**
     * Books on-hand changes in the caller's transaction: each movement goes into the ledger and sets its
     * position's on hand to the movement's on_hand_after, creating the positions that did not exist. A
     * position someone changed (or created) since it was read is left alone and its movement returned; the
     * caller then rolls its unit of work back.
     */
    public List<Movement> bookOnHand(List<OnHandChange> changes) {
        List<OnHandChange> updates = changes.stream().filter(c -> c.versionRead() != null).toList();
        List<OnHandChange> creates = changes.stream().filter(c -> c.versionRead() == null).toList();
        Set<PositionKey> stale = new HashSet<>(updateOnHand(updates));
        Set<PositionKey> taken = levels(creates.stream().map(OnHandChange::key).toList()).keySet();
        List<StockLevelRecord> created = new ArrayList<>(creates.size());
        for (OnHandChange c : creates) {
            if (taken.contains(c.key())) {
                stale.add(c.key());
                continue;
            }
            Movement m = c.movement();
            StockLevelRecord level = dsl.newRecord(STOCK_LEVEL);
            level.setSkuId(m.skuId());
            level.setWarehouseId(m.warehouseId());
            level.setOnHand(m.onHandAfter());
            level.setReserved(0);
            level.setInTransit(0);
            level.setUpdatedAt(m.occurredAt());
            level.setUpdatedBy(m.userName());
            created.add(level);
        }
        BulkInsert.insert(dsl, created);
        // Only the positions actually written get their ledger entry: no level moves without one.
        BulkInsert.insert(dsl, changes.stream().filter(c -> !stale.contains(c.key()))
                .map(c -> movementRecord(dsl, c.movement())).toList());
        return changes.stream().filter(c -> stale.contains(c.key())).map(OnHandChange::movement).toList();
    }

    /** Sets on hand where the position still has the version and the figure that were read. */
    private List<PositionKey> updateOnHand(List<OnHandChange> updates) {
        if (updates.isEmpty()) {
            return List.of();
        }
        var batch = dsl.batch(dsl.update(STOCK_LEVEL)
                .set(STOCK_LEVEL.ON_HAND, (Integer) null)
                .set(STOCK_LEVEL.UPDATED_AT, (Instant) null)
                .set(STOCK_LEVEL.UPDATED_BY, (String) null)
                .set(STOCK_LEVEL.VERSION, STOCK_LEVEL.VERSION.plus(inline(1)))
                .where(STOCK_LEVEL.SKU_ID.eq((Long) null), STOCK_LEVEL.WAREHOUSE_ID.eq((Long) null),
                        STOCK_LEVEL.VERSION.eq((Integer) null), STOCK_LEVEL.ON_HAND.eq((Integer) null)));
        for (OnHandChange c : updates) {
            Movement m = c.movement();
            batch = batch.bind(m.onHandAfter(), m.occurredAt(), m.userName(), m.skuId(), m.warehouseId(),
                    c.versionRead(), m.onHandBefore());
        }
        return untouched(updates, batch.execute()).stream().map(OnHandChange::key).toList();
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

    /** The items whose statement changed no row (batch counts are in the order of the items). */
    private static <T> List<T> untouched(List<T> items, int[] counts) {
        List<T> untouched = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                untouched.add(items.get(i));
            }
        }
        return untouched;
    }

    /** Long IN lists split into chunks the database takes comfortably, duplicates dropped. */
    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(new LinkedHashSet<>(values));
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1_000) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 1_000)));
        }
        return chunks;
    }

    private static StockSettingRecord settingRecord(DSLContext ctx, StockSetting s) {
        StockSettingRecord r = ctx.newRecord(STOCK_SETTING);
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

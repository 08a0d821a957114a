package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.STOCK_BATCH;
import static io.storedesk.store.schema.Tables.STOCK_LEVEL;
import static io.storedesk.store.schema.Tables.STOCK_MOVEMENT;
import static io.storedesk.store.schema.Tables.STOCK_RESERVATION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.StockBatchRecord;
import io.storedesk.store.schema.tables.records.StockLevelRecord;
import io.storedesk.store.schema.tables.records.StockMovementRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;

/**
 * Stock levels, batches and the movement ledger. The only class that writes stock_level, stock_batch and
 * stock_movement (StockWritesTest holds it to that): every change of on hand is booked here together with
 * the ledger entry that explains it.
 */
public final class StockLedgerRepository {

    private final DSLContext dsl;

    public StockLedgerRepository(DSLContext dsl) {
        this.dsl = dsl;
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
        for (List<Long> chunk : Chunks.of(positions.stream().map(PositionKey::skuId).toList())) {
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
        return Chunks.untouched(updates, batch.execute()).stream().map(OnHandChange::key).toList();
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

    /**
     * Sets every position's reserved figure to the sum of its active reservations. For setting up a shop
     * (the demo load, a move from another system), like {@link #openPositions}: versions stay as they are.
     */
    public void loadReserved() {
        Field<Integer> active = select(coalesce(sum(STOCK_RESERVATION.QUANTITY), inline(BigDecimal.ZERO)))
                .from(STOCK_RESERVATION)
                .where(STOCK_RESERVATION.SKU_ID.eq(STOCK_LEVEL.SKU_ID),
                        STOCK_RESERVATION.WAREHOUSE_ID.eq(STOCK_LEVEL.WAREHOUSE_ID),
                        STOCK_RESERVATION.RELEASED_AT.isNull())
                .asField().cast(Integer.class);
        dsl.update(STOCK_LEVEL).set(STOCK_LEVEL.RESERVED, active).execute();
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

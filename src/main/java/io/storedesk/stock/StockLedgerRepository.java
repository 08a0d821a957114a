package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.STOCK_BATCH;
import static io.storedesk.store.schema.Tables.STOCK_LEVEL;
import static io.storedesk.store.schema.Tables.STOCK_MOVEMENT;
import static io.storedesk.store.schema.Tables.STOCK_RESERVATION;
import static io.storedesk.store.schema.Tables.WAREHOUSE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import io.storedesk.store.BulkInsert;
import io.storedesk.store.Chunks;
import io.storedesk.store.schema.tables.records.StockBatchRecord;
import io.storedesk.store.schema.tables.records.StockLevelRecord;
import io.storedesk.store.schema.tables.records.StockMovementRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;

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
     * Books on-hand changes in the caller's transaction; the one way on hand changes after a position is
     * opened. Each movement goes into the ledger and sets its position's on hand to the movement's
     * on_hand_after, creating the positions that did not exist; a movement naming a batch moves that batch's
     * quantity by the same amount. Several movements of one position are booked in the order given, each
     * starting where the previous one ended, against the version read for the first. A position someone
     * changed (or created) since it was read, or whose batch holds less than a movement takes out, is left
     * without ledger entries and its movements are returned; the caller then rolls its unit of work back.
     */
    public List<Movement> bookOnHand(List<OnHandChange> changes) {
        Map<PositionKey, List<OnHandChange>> byPosition = new LinkedHashMap<>();
        changes.forEach(c -> byPosition.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
        List<PositionBooking> bookings = byPosition.values().stream().map(PositionBooking::of).toList();
        Set<PositionKey> stale = new HashSet<>(updateOnHand(bookings.stream()
                .filter(b -> b.versionRead() != null).toList()));
        List<PositionBooking> creates = bookings.stream().filter(b -> b.versionRead() == null).toList();
        Set<PositionKey> taken = levels(creates.stream().map(PositionBooking::key).toList()).keySet();
        List<StockLevelRecord> created = new ArrayList<>(creates.size());
        for (PositionBooking b : creates) {
            if (taken.contains(b.key())) {
                stale.add(b.key());
                continue;
            }
            Movement last = b.last();
            StockLevelRecord level = dsl.newRecord(STOCK_LEVEL);
            level.setSkuId(last.skuId());
            level.setWarehouseId(last.warehouseId());
            level.setOnHand(last.onHandAfter());
            level.setReserved(0);
            level.setInTransit(0);
            level.setUpdatedAt(last.occurredAt());
            level.setUpdatedBy(last.userName());
            created.add(level);
        }
        BulkInsert.insert(dsl, created);
        stale.addAll(moveBatches(changes.stream().map(OnHandChange::movement)
                .filter(m -> m.batchId() != null && !stale.contains(new PositionKey(m.skuId(), m.warehouseId())))
                .toList()));
        // Only the positions actually written get their ledger entries: no level moves without one.
        BulkInsert.insert(dsl, changes.stream().filter(c -> !stale.contains(c.key()))
                .map(c -> movementRecord(dsl, c.movement())).toList());
        return changes.stream().filter(c -> stale.contains(c.key())).map(OnHandChange::movement).toList();
    }

    /** The movements of one position in one booking: they must follow on from each other. */
    private record PositionBooking(PositionKey key, Integer versionRead, Movement first, Movement last) {

        static PositionBooking of(List<OnHandChange> changes) {
            for (int i = 1; i < changes.size(); i++) {
                if (changes.get(i).movement().onHandBefore() != changes.get(i - 1).movement().onHandAfter()) {
                    throw new IllegalArgumentException("movements of " + changes.get(i).key()
                            + " do not follow on from each other");
                }
            }
            OnHandChange first = changes.get(0);
            if (first.versionRead() == null && first.movement().onHandBefore() != 0) {
                throw new IllegalArgumentException("a new position starts from 0: " + first.movement());
            }
            return new PositionBooking(first.key(), first.versionRead(), first.movement(),
                    changes.get(changes.size() - 1).movement());
        }
    }

    /** Sets on hand where the position still has the version and the figure that were read. */
    private List<PositionKey> updateOnHand(List<PositionBooking> updates) {
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
        for (PositionBooking b : updates) {
            batch = batch.bind(b.last().onHandAfter(), b.last().occurredAt(), b.last().userName(), b.key().skuId(),
                    b.key().warehouseId(), b.versionRead(), b.first().onHandBefore());
        }
        return Chunks.untouched(updates, batch.execute()).stream().map(PositionBooking::key).toList();
    }

    /** Moves batch quantities with their movements; returns the positions of batches that would go below 0. */
    private List<PositionKey> moveBatches(List<Movement> movements) {
        if (movements.isEmpty()) {
            return List.of();
        }
        var batch = dsl.batch(dsl.update(STOCK_BATCH)
                .set(STOCK_BATCH.QUANTITY, STOCK_BATCH.QUANTITY.plus((Integer) null))
                .set(STOCK_BATCH.UPDATED_AT, (Instant) null)
                .set(STOCK_BATCH.UPDATED_BY, (String) null)
                .set(STOCK_BATCH.VERSION, STOCK_BATCH.VERSION.plus(inline(1)))
                .where(STOCK_BATCH.ID.eq((Long) null), STOCK_BATCH.SKU_ID.eq((Long) null),
                        STOCK_BATCH.WAREHOUSE_ID.eq((Long) null),
                        STOCK_BATCH.QUANTITY.plus((Integer) null).ge(inline(0))));
        for (Movement m : movements) {
            batch = batch.bind(m.quantity(), m.occurredAt(), m.userName(), m.batchId(), m.skuId(), m.warehouseId(),
                    m.quantity());
        }
        return Chunks.untouched(movements, batch.execute()).stream()
                .map(m -> new PositionKey(m.skuId(), m.warehouseId())).toList();
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
        return movements(STOCK_MOVEMENT.SKU_ID.eq(skuId), STOCK_MOVEMENT.WAREHOUSE_ID.eq(warehouseId));
    }

    private List<Movement> movements(Condition... where) {
        return dsl.select(STOCK_MOVEMENT.ID, STOCK_MOVEMENT.SKU_ID, STOCK_MOVEMENT.WAREHOUSE_ID,
                        STOCK_MOVEMENT.BATCH_ID, STOCK_MOVEMENT.KIND, STOCK_MOVEMENT.QUANTITY,
                        STOCK_MOVEMENT.ON_HAND_BEFORE, STOCK_MOVEMENT.ON_HAND_AFTER, STOCK_MOVEMENT.REASON,
                        STOCK_MOVEMENT.REFERENCE, STOCK_MOVEMENT.USER_NAME, STOCK_MOVEMENT.OCCURRED_AT)
                .from(STOCK_MOVEMENT)
                .where(where)
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

    /** The batch of this number kept at the position, if there is one. */
    public Optional<Batch> batch(PositionKey position, String batchNo) {
        return dsl.select(STOCK_BATCH.ID, STOCK_BATCH.SKU_ID, STOCK_BATCH.WAREHOUSE_ID, STOCK_BATCH.BATCH_NO,
                        STOCK_BATCH.QUANTITY, STOCK_BATCH.EXPIRY_DATE, STOCK_BATCH.RECEIVED_AT)
                .from(STOCK_BATCH)
                .where(STOCK_BATCH.SKU_ID.eq(position.skuId()), STOCK_BATCH.WAREHOUSE_ID.eq(position.warehouseId()),
                        STOCK_BATCH.BATCH_NO.eq(batchNo))
                .fetchOptional(Records.mapping(Batch::new));
    }

    /** The batches with these ids (wherever they are kept), by id. */
    public Map<Long, Batch> batches(Collection<Long> ids) {
        Map<Long, Batch> result = new HashMap<>();
        for (List<Long> chunk : Chunks.of(ids)) {
            dsl.select(STOCK_BATCH.ID, STOCK_BATCH.SKU_ID, STOCK_BATCH.WAREHOUSE_ID, STOCK_BATCH.BATCH_NO,
                            STOCK_BATCH.QUANTITY, STOCK_BATCH.EXPIRY_DATE, STOCK_BATCH.RECEIVED_AT)
                    .from(STOCK_BATCH)
                    .where(STOCK_BATCH.ID.in(chunk))
                    .fetch(Records.mapping(Batch::new))
                    .forEach(b -> result.put(b.id(), b));
        }
        return result;
    }

    /**
     * Opens an empty batch at the position; receipts then book units into it through {@link #bookOnHand}, so
     * a batch never holds what the ledger does not explain.
     */
    public Batch openBatch(PositionKey position, String batchNo, LocalDate expiryDate, String user, Instant at) {
        StockBatchRecord r = dsl.newRecord(STOCK_BATCH);
        r.setSkuId(position.skuId());
        r.setWarehouseId(position.warehouseId());
        r.setBatchNo(batchNo);
        r.setQuantity(0);
        r.setExpiryDate(expiryDate);
        r.setReceivedAt(at);
        r.setUpdatedAt(at);
        r.setUpdatedBy(user);
        r.store();
        return new Batch(r.getId(), position.skuId(), position.warehouseId(), batchNo, 0, expiryDate, at);
    }

    /**
     * Holds units of the position for orders in one conditional UPDATE, so that concurrent holds can never
     * take available (on hand - reserved) below zero: false, and nothing changed, when fewer are available
     * (or the position does not exist).
     */
    public boolean reserve(PositionKey position, int quantity, String user, Instant at) {
        return reserveAll(Map.of(position, quantity), user, at);
    }

    /**
     * Holds units at many positions in one batch of conditional UPDATEs; false when any position had fewer
     * available than asked (the caller rolls its unit of work back: the positions that did update must not stay).
     */
    public boolean reserveAll(Map<PositionKey, Integer> quantities, String user, Instant at) {
        if (quantities.isEmpty()) {
            return true;
        }
        // One prepared statement bound per position: H2 parses it once (a batch of distinct statements parses each).
        var batch = dsl.batch(dsl.update(STOCK_LEVEL)
                .set(STOCK_LEVEL.RESERVED, STOCK_LEVEL.RESERVED.plus(DSL.val((Integer) null, Integer.class)))
                .set(STOCK_LEVEL.VERSION, STOCK_LEVEL.VERSION.plus(inline(1)))
                .set(STOCK_LEVEL.UPDATED_AT, DSL.val((Instant) null, STOCK_LEVEL.UPDATED_AT.getDataType()))
                .set(STOCK_LEVEL.UPDATED_BY, DSL.val((String) null, String.class))
                .where(STOCK_LEVEL.SKU_ID.eq(DSL.val((Long) null, Long.class)),
                        STOCK_LEVEL.WAREHOUSE_ID.eq(DSL.val((Long) null, Long.class)),
                        STOCK_LEVEL.ON_HAND.minus(STOCK_LEVEL.RESERVED).ge(DSL.val((Integer) null, Integer.class))));
        quantities.forEach((position, quantity) -> batch.bind(quantity, at, user, position.skuId(),
                position.warehouseId(), quantity));
        int[] counts = batch.execute();
        if (counts.length != quantities.size()) {
            return false;
        }
        for (int count : counts) {
            if (count != 1) {
                return false;
            }
        }
        return true;
    }

    /** Gives held units back; false, and nothing changed, when the position holds fewer than that. */
    public boolean unreserve(PositionKey position, int quantity, String user, Instant at) {
        return dsl.update(STOCK_LEVEL)
                .set(STOCK_LEVEL.RESERVED, STOCK_LEVEL.RESERVED.minus(quantity))
                .set(STOCK_LEVEL.VERSION, STOCK_LEVEL.VERSION.plus(inline(1)))
                .set(STOCK_LEVEL.UPDATED_AT, at)
                .set(STOCK_LEVEL.UPDATED_BY, user)
                .where(STOCK_LEVEL.SKU_ID.eq(position.skuId()), STOCK_LEVEL.WAREHOUSE_ID.eq(position.warehouseId()),
                        STOCK_LEVEL.RESERVED.ge(quantity))
                .execute() == 1;
    }

    /**
     * Moves the units on their way to the position by delta (positive: shipped towards it, negative:
     * arrived). A position that does not exist yet is opened empty (nothing on hand, so no ledger entry is
     * due). False, and nothing changed, when fewer units than that are on their way.
     */
    public boolean moveInTransit(PositionKey position, int delta, String user, Instant at) {
        if (delta > 0) {
            dsl.insertInto(STOCK_LEVEL, STOCK_LEVEL.SKU_ID, STOCK_LEVEL.WAREHOUSE_ID, STOCK_LEVEL.UPDATED_AT,
                            STOCK_LEVEL.UPDATED_BY)
                    .values(position.skuId(), position.warehouseId(), at, user)
                    .onDuplicateKeyIgnore()
                    .execute();
        }
        return dsl.update(STOCK_LEVEL)
                .set(STOCK_LEVEL.IN_TRANSIT, STOCK_LEVEL.IN_TRANSIT.plus(delta))
                .set(STOCK_LEVEL.VERSION, STOCK_LEVEL.VERSION.plus(inline(1)))
                .set(STOCK_LEVEL.UPDATED_AT, at)
                .set(STOCK_LEVEL.UPDATED_BY, user)
                .where(STOCK_LEVEL.SKU_ID.eq(position.skuId()), STOCK_LEVEL.WAREHOUSE_ID.eq(position.warehouseId()),
                        STOCK_LEVEL.IN_TRANSIT.plus(delta).ge(inline(0)))
                .execute() == 1;
    }

    /** The ledger entries booked for a document (a transfer, a purchase order), of one kind and SKU. */
    public List<Movement> movements(String reference, MovementKind kind, long skuId) {
        return movements(STOCK_MOVEMENT.REFERENCE.eq(reference), STOCK_MOVEMENT.KIND.eq(kind.name()),
                STOCK_MOVEMENT.SKU_ID.eq(skuId));
    }

    /**
     * The ledger of a SKU as a person reads it, oldest first: where, which batch, and the warehouse's
     * code. warehouseId null = every warehouse.
     */
    public List<LedgerEntry> ledger(long skuId, Long warehouseId) {
        Condition where = STOCK_MOVEMENT.SKU_ID.eq(skuId);
        if (warehouseId != null) {
            where = where.and(STOCK_MOVEMENT.WAREHOUSE_ID.eq(warehouseId));
        }
        return dsl.select(STOCK_MOVEMENT.ID, STOCK_MOVEMENT.OCCURRED_AT, WAREHOUSE.CODE, STOCK_MOVEMENT.KIND,
                        STOCK_MOVEMENT.QUANTITY, STOCK_MOVEMENT.ON_HAND_BEFORE, STOCK_MOVEMENT.ON_HAND_AFTER,
                        STOCK_BATCH.BATCH_NO, STOCK_MOVEMENT.REASON, STOCK_MOVEMENT.USER_NAME,
                        STOCK_MOVEMENT.REFERENCE)
                .from(STOCK_MOVEMENT)
                .join(WAREHOUSE).on(WAREHOUSE.ID.eq(STOCK_MOVEMENT.WAREHOUSE_ID))
                .leftJoin(STOCK_BATCH).on(STOCK_BATCH.ID.eq(STOCK_MOVEMENT.BATCH_ID))
                .where(where)
                .orderBy(STOCK_MOVEMENT.OCCURRED_AT, STOCK_MOVEMENT.ID)
                .fetch(r -> new LedgerEntry(r.value1(), r.value2(), r.value3(), MovementKind.valueOf(r.value4()),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
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

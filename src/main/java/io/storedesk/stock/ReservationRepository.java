package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.STOCK_RESERVATION;
import static org.jooq.impl.DSL.inline;

import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.StockReservationRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Reservation rows: stock held for order lines. The reserved figure of a position is kept by
 * {@link StockLedgerRepository}; a caller changes both in one unit of work.
 */
public final class ReservationRepository {

    private final DSLContext dsl;

    public ReservationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores reservations as they are (a shop's set-up); positions' reserved figures are not touched. */
    public void insertReservations(List<Reservation> reservations) {
        BulkInsert.insert(dsl, reservations.stream().map(v -> {
            StockReservationRecord r = dsl.newRecord(STOCK_RESERVATION);
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
    }

    /** Stores one new reservation and returns it with its id. */
    public Reservation insert(Reservation reservation) {
        StockReservationRecord r = dsl.newRecord(STOCK_RESERVATION);
        r.setSkuId(reservation.skuId());
        r.setWarehouseId(reservation.warehouseId());
        r.setOrderId(reservation.orderId());
        r.setOrderLineId(reservation.orderLineId());
        r.setQuantity(reservation.quantity());
        r.setKind(reservation.kind().name());
        r.setCreatedAt(reservation.createdAt());
        r.setExpiresAt(reservation.expiresAt());
        r.setUpdatedAt(reservation.createdAt());
        r.store();
        return reservation(r);
    }

    public Optional<Reservation> find(long id) {
        return dsl.selectFrom(STOCK_RESERVATION).where(STOCK_RESERVATION.ID.eq(id))
                .fetchOptional(ReservationRepository::reservation);
    }

    /**
     * Marks a reservation released if it is still held: true for the one caller that released it, false
     * when it was released already (by a payment, a sweep, another desk).
     */
    public boolean release(long id, String reason, Instant at) {
        return dsl.update(STOCK_RESERVATION)
                .set(STOCK_RESERVATION.RELEASED_AT, at)
                .set(STOCK_RESERVATION.RELEASE_REASON, reason)
                .set(STOCK_RESERVATION.VERSION, STOCK_RESERVATION.VERSION.plus(inline(1)))
                .set(STOCK_RESERVATION.UPDATED_AT, at)
                .where(STOCK_RESERVATION.ID.eq(id), STOCK_RESERVATION.RELEASED_AT.isNull())
                .execute() == 1;
    }

    /** What an order still holds, oldest first. */
    public List<Reservation> activeForOrder(long orderId) {
        return dsl.selectFrom(STOCK_RESERVATION)
                .where(STOCK_RESERVATION.ORDER_ID.eq(orderId), STOCK_RESERVATION.RELEASED_AT.isNull())
                .orderBy(STOCK_RESERVATION.ID)
                .fetch(ReservationRepository::reservation);
    }

    /** What the given orders still hold. */
    public List<Reservation> activeForOrders(Collection<Long> orderIds) {
        return dsl.selectFrom(STOCK_RESERVATION)
                .where(STOCK_RESERVATION.ORDER_ID.in(orderIds), STOCK_RESERVATION.RELEASED_AT.isNull())
                .orderBy(STOCK_RESERVATION.ID)
                .fetch(ReservationRepository::reservation);
    }

    /** Held reservations whose hold ran out at or before the given time. */
    public List<Reservation> expired(Instant at) {
        return dsl.selectFrom(STOCK_RESERVATION)
                .where(STOCK_RESERVATION.RELEASED_AT.isNull(), STOCK_RESERVATION.EXPIRES_AT.le(at))
                .orderBy(STOCK_RESERVATION.EXPIRES_AT, STOCK_RESERVATION.ID)
                .fetch(ReservationRepository::reservation);
    }

    public List<Reservation> activeReservations(long skuId) {
        return dsl.selectFrom(STOCK_RESERVATION)
                .where(STOCK_RESERVATION.SKU_ID.eq(skuId), STOCK_RESERVATION.RELEASED_AT.isNull())
                .orderBy(STOCK_RESERVATION.CREATED_AT, STOCK_RESERVATION.ID)
                .fetch(ReservationRepository::reservation);
    }

    private static Reservation reservation(StockReservationRecord r) {
        return new Reservation(r.getId(), r.getSkuId(), r.getWarehouseId(), r.getOrderId(), r.getOrderLineId(),
                r.getQuantity(), ReservationKind.valueOf(r.getKind()), r.getCreatedAt(), r.getExpiresAt(),
                r.getReleasedAt());
    }
}

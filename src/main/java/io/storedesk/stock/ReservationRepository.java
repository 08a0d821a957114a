package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.STOCK_RESERVATION;

import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.StockReservationRecord;
import java.util.List;
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

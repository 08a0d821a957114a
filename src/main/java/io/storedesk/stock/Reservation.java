package io.storedesk.stock;

import java.time.Instant;

/** Stock held for an order line; releasedAt set = no longer held. id 0 = not yet stored. */
public record Reservation(long id, long skuId, long warehouseId, Long orderId, Long orderLineId, int quantity,
                          ReservationKind kind, Instant createdAt, Instant expiresAt, Instant releasedAt) {

    public boolean isActive() {
        return releasedAt == null;
    }
}

package io.storedesk.stock;

import java.time.Instant;

/** One ledger entry: quantity is signed and onHandAfter = onHandBefore + quantity. id 0 = not yet stored. */
public record Movement(long id, long skuId, long warehouseId, Long batchId, MovementKind kind, int quantity,
                       int onHandBefore, int onHandAfter, String reason, String reference, String userName,
                       Instant occurredAt) {

    public Movement {
        if (onHandAfter != onHandBefore + quantity) {
            throw new IllegalArgumentException("ledger entry does not balance: " + onHandBefore + " + " + quantity
                    + " != " + onHandAfter);
        }
    }
}

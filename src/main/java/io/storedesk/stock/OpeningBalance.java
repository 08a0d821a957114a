package io.storedesk.stock;

/** The stock a position starts with when a shop is set up; booked as an OPENING ledger entry. */
public record OpeningBalance(long skuId, long warehouseId, int onHand, int inTransit) {

    public OpeningBalance {
        if (onHand < 0 || inTransit < 0) {
            throw new IllegalArgumentException("opening stock cannot be negative");
        }
    }
}

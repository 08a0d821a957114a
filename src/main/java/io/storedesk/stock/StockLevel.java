package io.storedesk.stock;

/** The position of one SKU in one warehouse. */
public record StockLevel(long skuId, long warehouseId, int onHand, int reserved, int inTransit, int version) {

    /** What can still be promised: on hand minus what orders already hold. Negative = oversold. */
    public int available() {
        return onHand - reserved;
    }
}

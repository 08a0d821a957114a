package io.storedesk.stock;

/** One SKU of a transfer: how many are sent and how many have arrived. */
public record StockTransferLine(long id, long skuId, int quantity, int receivedQuantity, int version) {

    /** Units shipped and not yet arrived (or, before shipping, still to send). */
    public int outstanding() {
        return quantity - receivedQuantity;
    }
}

package io.storedesk.stock;

import io.storedesk.common.Money;

/** One line of a stored purchase order, with its id and version. */
public record StoredPurchaseOrderLine(long id, long skuId, int quantity, int receivedQuantity, Money unitCost,
                                      int version) {

    /** Units still to arrive. */
    public int outstanding() {
        return quantity - receivedQuantity;
    }
}

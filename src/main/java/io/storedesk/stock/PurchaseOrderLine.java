package io.storedesk.stock;

import io.storedesk.common.Money;

/** quantity ordered of one SKU, and how much of it has arrived. */
public record PurchaseOrderLine(long skuId, int quantity, int receivedQuantity, Money unitCost) {

    public Money amount() {
        return unitCost.times(quantity);
    }

    public int outstanding() {
        return Math.max(0, quantity - receivedQuantity);
    }
}

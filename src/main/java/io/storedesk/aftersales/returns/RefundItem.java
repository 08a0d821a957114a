package io.storedesk.aftersales.returns;

import io.storedesk.common.Money;

/**
 * Units of one order line a refund is for. lineAmount is what the line sold for (its own discounts already taken
 * off, as order_line.amount stores it); refundedBefore is what earlier refunds gave back on this line.
 */
public record RefundItem(long orderLineId, String skuCode, int orderedQuantity, int quantity, Money lineAmount,
                         Money refundedBefore) {
}

package io.storedesk.orders;

import io.storedesk.common.Money;

/**
 * One line of an order. amount is signed (discounts negative); skuId null = a code we do not know,
 * skuCode keeps what the channel said. id 0 = not yet stored.
 */
public record OrderLine(long id, int lineNo, Long skuId, String skuCode, String title, LineKind kind, int quantity,
                        Money unitPrice, Money amount, boolean presale, Long warehouseId) {
}

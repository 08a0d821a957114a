package io.storedesk.stock;

import java.math.BigDecimal;

/**
 * Order quantity units of a position from its supplier: up to the target cover, net of available, in transit
 * and on order, rounded up to the MOQ and pack size, capped by the maximum. unitCost null = cost not set.
 */
public record ReorderSuggestion(PositionKey key, String skuCode, String warehouseCode, long supplierId, int quantity,
                                BigDecimal unitCost) {
}

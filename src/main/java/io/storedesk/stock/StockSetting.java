package io.storedesk.stock;

import java.math.BigDecimal;

/** Planning inputs of one SKU in one warehouse; a null figure means the planner derives it from demand. */
public record StockSetting(long skuId, long warehouseId, Long supplierId, Integer safetyStock, Integer reorderPoint, Integer maxStock,
                           Integer leadTimeDays, int moq, int packSize, BigDecimal serviceLevel) {
}

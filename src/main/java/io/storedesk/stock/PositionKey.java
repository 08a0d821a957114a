package io.storedesk.stock;

/** Which stock position: one SKU in one warehouse (the key of stock levels and stock settings). */
public record PositionKey(long skuId, long warehouseId) {
}

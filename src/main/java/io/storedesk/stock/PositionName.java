package io.storedesk.stock;

/** A position as people name it: the SKU's code and the warehouse's code. */
public record PositionName(String skuCode, String warehouseCode) {
}

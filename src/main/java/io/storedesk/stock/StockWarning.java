package io.storedesk.stock;

/**
 * One warning on one position. figure is what the kind is about: units short of safety stock, days of cover
 * for overstock (units over the maximum stock when only the maximum is exceeded: overMaximum says which), days
 * since the last sale for slow movers, days to expiry for near-expiry batches, the negative available otherwise
 * (0 when out of stock). batch is set only for NEAR_EXPIRY.
 */
public record StockWarning(WarningKind kind, PositionKey key, String skuCode, String title, String warehouseCode,
                           int available, int figure, boolean overMaximum, Batch batch) {
}

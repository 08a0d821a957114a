package io.storedesk.stock;

import java.time.LocalDate;

/** A stock position as the stock-warning table shows it. nearestExpiry null = no expiring batch. */
public record StockPosition(long skuId, String skuCode, String title, String warehouseCode, String warehouseName,
                            int onHand, int reserved, int inTransit, Integer safetyStock, Integer maxStock,
                            LocalDate nearestExpiry) {

    public int available() {
        return onHand - reserved;
    }

    public StockStatus status() {
        return StockStatus.of(onHand, reserved, safetyStock, maxStock);
    }
}

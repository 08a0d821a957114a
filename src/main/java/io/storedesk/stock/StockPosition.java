package io.storedesk.stock;

import io.storedesk.catalog.Variants;
import java.time.LocalDate;

/** A stock position as the stock-warning table shows it. nearestExpiry null = no expiring batch. */
public record StockPosition(long skuId, String skuCode, String title, String attributes, String warehouseCode, String warehouseName,
                            int onHand, int reserved, int inTransit, Integer safetyStock, Integer maxStock,
                            LocalDate nearestExpiry) {

    /** The product and, for a variant, its values: "恒温加厚防踢睡袋 · M(6-18月)". */
    public String titleWithVariant() {
        String variant = Variants.label(attributes);
        return variant.isEmpty() ? title : title + " · " + variant;
    }

    public int available() {
        return onHand - reserved;
    }

    public StockStatus status() {
        return StockStatus.of(onHand, reserved, safetyStock, maxStock);
    }
}

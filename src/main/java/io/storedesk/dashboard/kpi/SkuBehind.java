package io.storedesk.dashboard.kpi;

/**
 * One SKU (stock-outs: over all warehouses, warehouse null) or position (below safety) behind a stock figure:
 * available now, the safety stock set (null = none or several) and units sold in the 90 days before.
 */
public record SkuBehind(String sku, String title, String warehouse, long available, Integer safetyStock,
                        long soldUnits) {
}

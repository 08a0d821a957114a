package io.storedesk.stock;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One SKU in one warehouse as the planner sees it. onOrder = ordered from suppliers and not yet received
 * (open purchase orders) plus drafted transfers toward the position; setting null = no per-position setting (the policy's defaults apply);
 * supplierId null = nobody to order from (no reorder suggestion, only the warning); supplierLeadTimeDays
 * null = unknown; measuredLeadTimeDays = mean days from ordering to receipt over the supplier's received
 * purchase orders, null = none received yet; lastSale null = never sold; unitCost/unitPrice null = not set.
 */
public record PlanningPosition(PositionKey key, String skuCode, String title, String warehouseCode, long categoryId,
                               int onHand, int reserved, int inTransit, int onOrder, StockSetting setting,
                               Long supplierId, Integer supplierLeadTimeDays, Double measuredLeadTimeDays,
                               BigDecimal unitCost, BigDecimal unitPrice, LocalDate lastSale, SalesHistory sales) {

    public int available() {
        return onHand - reserved;
    }
}

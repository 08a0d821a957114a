package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Stock figures of a period, at cost (SKUs without a cost are left out of values): stock value at the
 * period's start and end (rebuilt from today's stock and the ledger's movements since), turnover = cost of the
 * goods sold in the period / average of the two values (null when nothing is valued), days of inventory = the
 * period's days / turnover (null when nothing sold). stockOuts = SKUs that sold in the 90 days before the
 * period's end and have nothing available in any warehouse now; belowSafety = positions (SKU × warehouse)
 * whose available is under the safety stock set for them, now.
 */
public record StockKpis(BigDecimal openingValue, BigDecimal closingValue, BigDecimal turnover,
                        BigDecimal daysOfInventory, int stockOuts, int belowSafety) {

    static StockKpis of(BigDecimal openingValue, BigDecimal closingValue, BigDecimal costOfGoodsSold, int days,
                        int stockOuts, int belowSafety) {
        BigDecimal average = openingValue.add(closingValue).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
        BigDecimal turnover = average.signum() <= 0 ? null
                : costOfGoodsSold.divide(average, 2, RoundingMode.HALF_UP);
        BigDecimal daysOfInventory = turnover == null || costOfGoodsSold.signum() <= 0 ? null
                : average.multiply(BigDecimal.valueOf(days)).divide(costOfGoodsSold, 1, RoundingMode.HALF_UP);
        return new StockKpis(openingValue, closingValue, turnover, daysOfInventory, stockOuts, belowSafety);
    }
}

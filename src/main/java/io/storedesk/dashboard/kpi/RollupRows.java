package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The rows a build writes, one record per rollup table (V15, V32). Money is exact, scale 4. */
final class RollupRows {

    private RollupRows() {
    }

    /** A row of kpi_order_slice: an order's lines in one warehouse and category. */
    record Slice(long id, long orderId, Long warehouseId, Long categoryId, LocalDate placedDay, int placedHour, long channelId,
                 String province, Long customerId, boolean sold, BigDecimal gmv, long units, BigDecimal netAmount) {

        Slice withId(long newId) {
            return new Slice(newId, orderId, warehouseId, categoryId, placedDay, placedHour, channelId, province,
                    customerId, sold, gmv, units, netAmount);
        }
    }

    /** A row of kpi_sku_day: sold lines of a day, channel, warehouse, category, SKU and province. */
    record SkuDay(long id, LocalDate placedDay, long channelId, Long warehouseId, Long categoryId, Long skuId, String province,
                  BigDecimal gmv, long units, BigDecimal costedGmv, BigDecimal cost) {

        SkuDay withId(long newId) {
            return new SkuDay(newId, placedDay, channelId, warehouseId, categoryId, skuId, province, gmv, units,
                    costedGmv, cost);
        }
    }

    /** A row of kpi_sales at one grain (columns the grain does not split by are null). */
    record Sales(KpiGrain grain, LocalDate placedDay, Integer placedHour, long channelId, String province,
                 Long warehouseId, Long categoryId, long orders, BigDecimal gmv, long units, BigDecimal netAmount,
                 BigDecimal costedGmv, BigDecimal cost) {
    }

    /** What a build needs of a SKU: its category (through its product) and its cost, either may be null. */
    record SkuFacts(Long categoryId, BigDecimal cost) {
    }
}

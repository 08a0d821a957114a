package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;

/** A SKU's sold lines in the period. */
public record TopSku(long skuId, String code, String title, BigDecimal gmv, long units) {
}

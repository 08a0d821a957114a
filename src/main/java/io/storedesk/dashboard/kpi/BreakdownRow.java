package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;

/**
 * The additive KPIs of one group: key is the id, date, month (YYYY-MM) or weekday-hour, label what a person
 * reads (a name; the key where there is none). refunds are by refund date; by weekday and hour they are 0.
 */
public record BreakdownRow(String key, String label, BigDecimal gmv, long orders, long units, BigDecimal netRevenue,
                           BigDecimal refunds) {
}

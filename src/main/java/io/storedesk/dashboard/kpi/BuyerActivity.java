package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An identified buyer's sold orders over some days, from the rollups: the last day, the orders, their gmv. */
public record BuyerActivity(long customerId, LocalDate lastDay, long orders, BigDecimal gmv) {
}

package io.storedesk.dashboard.customers;

import java.math.BigDecimal;

/**
 * One segment's or tier's customers and gross amount, with both as a share of all scored customers, in percent
 * to two decimals (so shares of a report add up to 100 within rounding).
 */
public record GroupShare(CustomerGroup group, int customers, BigDecimal monetary, BigDecimal customerSharePercent,
                         BigDecimal revenueSharePercent) {
}

package io.storedesk.dashboard.customers;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One identified customer's buying in the look-back window: the start of the last day with an order, the number of
 * orders with a sold line, and the gross amount of those sold lines (before refunds, the KPIs' gmv). Contact
 * details are as stored, unmasked, where they were read (CustomerSegments.customers), otherwise null.
 */
public record CustomerActivity(long customerId, String name, String phone, String email, String channel,
                               Instant lastOrderAt, long orders, BigDecimal monetary) {
}

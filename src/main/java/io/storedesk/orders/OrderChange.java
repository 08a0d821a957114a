package io.storedesk.orders;

import java.time.Instant;

/** The last change to an order as its row keeps it: who, when, and the status it left the order in. */
public record OrderChange(long orderId, String number, String user, Instant at, OrderStatus status) {
}

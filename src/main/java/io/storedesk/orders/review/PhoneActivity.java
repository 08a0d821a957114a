package io.storedesk.orders.review;

import io.storedesk.orders.Order;
import java.time.Duration;
import java.util.Collection;

/**
 * How many orders a receiver phone placed recently: the risk-phone rule's only view of other orders. The app
 * answers it from the database; {@link #of} answers it from orders in memory.
 */
@FunctionalInterface
public interface PhoneActivity {

    /**
     * Orders other than {@code order} whose receiver phone is the order's, placed within {@code window} ending at
     * the order's placed time (both ends included; cancelled orders count too, as scalpers cancel). Phones compare
     * as sent, so a masked 134****4156 matches only itself.
     */
    int otherOrdersWithin(Order order, Duration window);

    /** Counts among the given orders; the order under review may be among them, it is not counted. */
    static PhoneActivity of(Collection<Order> recentOrders) {
        return new RecentOrders(recentOrders);
    }

    /** No activity known: the phone rule never holds. */
    static PhoneActivity none() {
        return (order, window) -> 0;
    }
}

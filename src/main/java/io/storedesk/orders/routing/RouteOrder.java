package io.storedesk.orders.routing;

import java.time.Instant;
import java.util.List;

/**
 * An order waiting for a warehouse and a carrier. province null = the address could not be parsed; priority
 * lower = earlier (after paid time); promisedDays null = no delivery promise; paidAt null = unpaid or presale.
 */
public record RouteOrder(long orderId, long channelId, Instant paidAt, int priority, String province, String city,
                         Integer promisedDays, List<RouteLine> lines) {

    public RouteOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}

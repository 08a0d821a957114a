package io.storedesk.orders.routing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Something that routes orders: the engine, or the baseline it is compared with. */
public interface OrderRouter {

    /**
     * The order in which a batch claims stock: paid time (unpaid last), then priority (lower first), then
     * order id — so contended stock goes to the earliest-paid order, the same way on every run.
     */
    Comparator<RouteOrder> QUEUE = Comparator
            .comparing(RouteOrder::paidAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(RouteOrder::priority)
            .thenComparingLong(RouteOrder::orderId);

    /** Routes one order against the stock as it is; does not change the stock. */
    RouteDecision route(RouteOrder order, RoutingNetwork network, AvailableStock stock, Instant now);

    /**
     * Routes a batch in QUEUE order, each order against what the earlier ones left, taking from stock what
     * each routed order is assigned (held and backordered orders take nothing). Decisions come back in the
     * order of the input list.
     */
    default List<RouteDecision> routeAll(List<RouteOrder> orders, RoutingNetwork network, AvailableStock stock,
                                         Instant now) {
        return Batch.routeAll(orders, stock, order -> route(order, network, stock, now));
    }
}

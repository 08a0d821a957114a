package io.storedesk.orders.routing;

import java.time.Instant;
import java.util.List;

/**
 * What every router over a compiled network shares: the network compiled once per network (cached), one clock
 * per batch, and the same holds and backorders before any search; a router only plans the parcels.
 */
abstract class CompiledRouter implements OrderRouter {

    private final NetworkCache cache = new NetworkCache();

    @Override
    public final RouteDecision route(RouteOrder order, RoutingNetwork network, AvailableStock stock, Instant now) {
        CompiledNetwork compiled = cache.get(network);
        return route(order, compiled, stock, new RoutingClock(compiled, now));
    }

    @Override
    public final List<RouteDecision> routeAll(List<RouteOrder> orders, RoutingNetwork network, AvailableStock stock,
                                              Instant now) {
        CompiledNetwork compiled = cache.get(network);
        RoutingClock clock = new RoutingClock(compiled, now);
        return Batch.routeAll(orders, stock, order -> route(order, compiled, stock, clock));
    }

    private RouteDecision route(RouteOrder order, CompiledNetwork network, AvailableStock stock, RoutingClock clock) {
        OrderProblem problem = Preflight.prepare(order, network, stock, clock);
        return problem.hold != null ? problem.hold : plan(order, problem);
    }

    /** The parcels of an order that can be routed, with the explanation. */
    abstract RouteDecision plan(RouteOrder order, OrderProblem problem);
}

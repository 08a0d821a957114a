package io.storedesk.orders.routing;

import java.time.Instant;
import java.util.List;

/**
 * Chooses warehouses and carriers for orders. Objective, in this order: fewest late parcels (the promised
 * days), fewest parcels, lowest cost, preferred warehouses; ties go to lower ids, so the same input always
 * gives the same plan. Every decision carries a readable explanation.
 */
public final class RoutingEngine implements OrderRouter {

    private final NetworkCache cache = new NetworkCache();

    @Override
    public RouteDecision route(RouteOrder order, RoutingNetwork network, AvailableStock stock, Instant now) {
        CompiledNetwork compiled = cache.get(network);
        return route(order, compiled, stock, new RoutingClock(compiled, now));
    }

    @Override
    public List<RouteDecision> routeAll(List<RouteOrder> orders, RoutingNetwork network, AvailableStock stock,
                                        Instant now) {
        CompiledNetwork compiled = cache.get(network);
        RoutingClock clock = new RoutingClock(compiled, now);
        return Batch.routeAll(orders, stock, order -> route(order, compiled, stock, clock));
    }

    private static RouteDecision route(RouteOrder order, CompiledNetwork network, AvailableStock stock,
                                       RoutingClock clock) {
        OrderProblem p = Preflight.prepare(order, network, stock, clock);
        if (p.hold != null) {
            return p.hold;
        }
        PlanSearch search = new PlanSearch(p);
        List<Parcel> parcels = Parcel.of(p, search.run(), false);
        return new RouteDecision(order.orderId(), RouteOutcome.ROUTED, ShipmentWriter.write(p, parcels), null,
                Explainer.engine(p, search, parcels));
    }
}

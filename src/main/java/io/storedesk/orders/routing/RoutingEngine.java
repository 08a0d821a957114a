package io.storedesk.orders.routing;

import java.util.List;

/**
 * Chooses warehouses and carriers for orders. Objective, in this order: fewest late parcels (the promised
 * days), fewest parcels, lowest cost, preferred warehouses; ties go to lower ids, so the same input always
 * gives the same plan. Every decision carries a readable explanation.
 */
public final class RoutingEngine extends CompiledRouter {

    @Override
    RouteDecision plan(RouteOrder order, OrderProblem p) {
        PlanSearch search = new PlanSearch(p);
        List<Parcel> parcels = Parcel.of(p, search.run(), false);
        return new RouteDecision(order.orderId(), RouteOutcome.ROUTED, ShipmentWriter.write(p, parcels), null,
                Explainer.engine(p, search, parcels));
    }
}

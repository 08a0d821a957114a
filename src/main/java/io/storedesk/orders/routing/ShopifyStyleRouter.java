package io.storedesk.orders.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The baseline the engine is measured against, as common storefront platforms route: fewest warehouses
 * first, then the closest one, then the cheapest carrier per parcel; promised days are not considered
 * (lateness is still reported). Holds and backorders are decided exactly as the engine decides them.
 */
public final class ShopifyStyleRouter implements OrderRouter {

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
        NearestSearch search = new NearestSearch(p);
        List<Parcel> parcels = Parcel.of(p, search.run(), true);
        List<Reason> reasons = new ArrayList<>(4);
        for (int c : SiteReasons.usedCandidates(parcels)) {
            reasons.add(Reason.because("nearestSite", SiteReasons.name(p, c),
                    String.format(Locale.ROOT, "%.0f", search.distanceKm[c]), order.province()));
        }
        Explainer.details(p, parcels, SiteReasons.parts(p, parcels), true, reasons);
        return new RouteDecision(order.orderId(), RouteOutcome.ROUTED, ShipmentWriter.write(p, parcels), null,
                reasons);
    }
}

package io.storedesk.orders.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The baseline the engine is measured against, as common storefront platforms route: fewest warehouses
 * first, then the closest one, then the cheapest carrier per parcel; promised days are not considered
 * (lateness is still reported). Holds and backorders are decided exactly as the engine decides them.
 */
public final class ShopifyStyleRouter extends CompiledRouter {

    @Override
    RouteDecision plan(RouteOrder order, OrderProblem p) {
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

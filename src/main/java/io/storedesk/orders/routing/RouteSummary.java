package io.storedesk.orders.routing;

import io.storedesk.common.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a batch of decisions, for the command line's JSON and the engine-versus-baseline comparison:
 * orders routed, parcels, orders split over several warehouses, estimated cost, late parcels, and holds and
 * backorders by code (sorted by code).
 *
 * @param totalCost in the currency of the first parcel (StoreDesk keeps rate cards in one currency)
 */
public record RouteSummary(int orders, int routed, int shipments, int splitOrders, Money totalCost,
                           int lateShipments, Map<String, Integer> holds, Map<String, Integer> backorders) {

    public RouteSummary {
        holds = Collections.unmodifiableMap(new TreeMap<>(holds));
        backorders = Collections.unmodifiableMap(new TreeMap<>(backorders));
    }

    public static RouteSummary of(List<RouteDecision> decisions) {
        int routed = 0;
        int shipments = 0;
        int split = 0;
        int late = 0;
        BigDecimal cost = BigDecimal.ZERO;
        String currency = null;
        Map<String, Integer> holds = new TreeMap<>();
        Map<String, Integer> backorders = new TreeMap<>();
        for (RouteDecision decision : decisions) {
            switch (decision.outcome()) {
                case ROUTED -> {
                    routed++;
                    long firstSite = decision.shipments().isEmpty() ? -1 : decision.shipments().get(0).siteId();
                    boolean severalSites = false;
                    for (PlannedShipment shipment : decision.shipments()) {
                        shipments++;
                        late += shipment.late() ? 1 : 0;
                        cost = cost.add(shipment.cost().amount());
                        currency = currency == null ? shipment.cost().currency() : currency;
                        severalSites |= shipment.siteId() != firstSite;
                    }
                    split += severalSites ? 1 : 0;
                }
                case HOLD -> holds.merge(decision.holdCode(), 1, Integer::sum);
                case BACKORDER -> backorders.merge(decision.holdCode(), 1, Integer::sum);
            }
        }
        return new RouteSummary(decisions.size(), routed, shipments, split,
                new Money(cost, currency == null ? Money.CNY : currency), late, holds, backorders);
    }

    /** Orders held or backordered, whatever the code. */
    public int notRouted() {
        return orders - routed;
    }

    /** Share of routed orders shipped from more than one warehouse, 0 when nothing was routed. */
    public double splitShare() {
        return routed == 0 ? 0 : (double) splitOrders / routed;
    }
}

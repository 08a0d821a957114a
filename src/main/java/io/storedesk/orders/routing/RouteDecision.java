package io.storedesk.orders.routing;

import java.util.List;

/**
 * The router's answer for one order: the planned parcels when ROUTED (holdCode null), otherwise the hold code
 * (see HoldCodes); the explanation is readable steps, each a Reason.
 */
public record RouteDecision(long orderId, RouteOutcome outcome, List<PlannedShipment> shipments, String holdCode,
                            List<Reason> explanation) {

    public RouteDecision {
        shipments = List.copyOf(shipments);
        explanation = List.copyOf(explanation);
    }

    static RouteDecision held(long orderId, String code, List<Reason> explanation) {
        return new RouteDecision(orderId, HoldCodes.outcomeOf(code), List.of(), code, explanation);
    }

    public boolean routed() {
        return outcome == RouteOutcome.ROUTED;
    }
}

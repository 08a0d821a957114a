package io.storedesk.orders.routing;

/** What the router decided for an order: ship it now, hold it for a person, or wait for stock. */
public enum RouteOutcome {
    ROUTED, HOLD, BACKORDER
}

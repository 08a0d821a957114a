package io.storedesk.orders;

/** An order's place in fulfilment. */
public enum OrderStatus {
    PENDING_PAYMENT, PAID, ON_HOLD, ROUTED, SHIPPED, DELIVERED, CANCELLED, MERGED;

    /** Waiting for the routing pane: paid (or presale) and not yet given a warehouse. */
    public boolean awaitsRouting() {
        return this == PAID || this == ON_HOLD;
    }
}

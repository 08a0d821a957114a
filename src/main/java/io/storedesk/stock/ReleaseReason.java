package io.storedesk.stock;

/** Why a reservation stopped holding stock; stored with it. */
public enum ReleaseReason {
    /** The order was paid: its stock is then allocated or shipped by the order's own flow. */
    PAID,
    SHIPPED,
    CANCELLED,
    /** An unpaid order's hold ran out. */
    EXPIRED,
    /** Routing replaced the hold by one on the warehouse that ships the line. */
    ROUTED,
    /** The order's route was undone (to route it again, or by a person's choice). */
    REROUTED
}

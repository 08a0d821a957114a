package io.storedesk.stock;

/** Why a reservation stopped holding stock; stored with it. */
public enum ReleaseReason {
    /** The order was paid: its stock is then allocated or shipped by the order's own flow. */
    PAID,
    SHIPPED,
    CANCELLED,
    /** An unpaid order's hold ran out. */
    EXPIRED
}

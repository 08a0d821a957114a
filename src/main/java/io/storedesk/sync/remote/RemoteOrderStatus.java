package io.storedesk.sync.remote;

/** An order's state as a channel reports it, in our words. The channel wins over local status. */
public enum RemoteOrderStatus {
    PENDING_PAYMENT, PAID, PARTLY_SHIPPED, SHIPPED, DELIVERED, CANCELLED, REFUNDED, UNKNOWN
}

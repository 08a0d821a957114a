package io.storedesk.sync;

/** What a channel can be pulled for; each has its own cursor. */
public enum SyncResource {
    PRODUCTS, STOCK, ORDERS, REFUNDS
}

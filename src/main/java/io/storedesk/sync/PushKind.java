package io.storedesk.sync;

/** What the outbox carries to a channel. Purchase and sales orders go to the ERP only. */
public enum PushKind {
    STOCK_LEVEL, FULFILMENT, PURCHASE_ORDER, SALES_ORDER
}

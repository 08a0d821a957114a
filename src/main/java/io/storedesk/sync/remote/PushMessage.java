package io.storedesk.sync.remote;

/**
 * Something the outbox carries to a channel. idempotencyKey is unique per change, so a message pushed twice
 * (after a crash between the push and marking it sent) is recognised.
 */
public sealed interface PushMessage permits StockLevelPush, FulfilmentPush, PurchaseOrderPush, SalesOrderPush {

    String idempotencyKey();
}

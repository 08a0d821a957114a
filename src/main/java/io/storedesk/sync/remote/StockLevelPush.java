package io.storedesk.sync.remote;

/**
 * Sets what a channel may sell of one SKU (an absolute level, so pushing it twice is harmless). The engine
 * fills in the channel's ids it has from earlier pulls (null when it has none; the adapter then looks the SKU
 * up itself).
 */
public record StockLevelPush(String idempotencyKey, String sku, String externalProductId, String externalVariantId,
                             String inventoryItemId, long quantity) implements PushMessage {
}

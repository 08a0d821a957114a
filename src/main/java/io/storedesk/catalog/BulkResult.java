package io.storedesk.catalog;

/** What a bulk change did: SKUs and products changed, and selected SKUs it left as they were. */
public record BulkResult(int skusChanged, int productsChanged, int unchanged) {
}

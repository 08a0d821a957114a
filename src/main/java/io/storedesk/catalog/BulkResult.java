package io.storedesk.catalog;

/**
 * What a bulk change did: SKUs and products changed, selected SKUs it left as they were, and how to take it back.
 */
public record BulkResult(int skusChanged, int productsChanged, int unchanged, CatalogRevert revert) {
}

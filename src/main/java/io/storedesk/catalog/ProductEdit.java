package io.storedesk.catalog;

/**
 * The product form of the detail panel: which product, the version the person saw, and its title, brand,
 * tags (as typed, any separator) and category (null = none).
 */
public record ProductEdit(long productId, int version, String title, String brand, String tags, Long categoryId) {
}

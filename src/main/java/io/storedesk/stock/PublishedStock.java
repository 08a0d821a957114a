package io.storedesk.stock;

/**
 * What a channel may sell of one SKU: available = on hand less reserved over the warehouses that ship the
 * channel's orders (for a bundle: complete sets its parts make), published = after the channel's policy.
 */
public record PublishedStock(long skuId, String skuCode, boolean bundle, long available, long published) {
}

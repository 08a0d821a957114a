package io.storedesk.stock;

/**
 * Sell quantity units of a batch that expires soon, at discountPercent off (what demand will not absorb
 * before the expiry date).
 */
public record ClearanceSuggestion(Batch batch, String skuCode, int quantity, int discountPercent) {
}

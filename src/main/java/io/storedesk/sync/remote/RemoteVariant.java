package io.storedesk.sync.remote;

import java.math.BigDecimal;

/**
 * One sellable variant of a listing. sku may be null or blank on the channel (such a variant cannot be matched
 * to our catalog). inventoryItemId = the id stock levels are set by where that differs from the variant's
 * (Shopify), else null. grams null = not given.
 */
public record RemoteVariant(String externalId, String sku, String title, BigDecimal price, String barcode,
                            Integer grams, String inventoryItemId) {
}

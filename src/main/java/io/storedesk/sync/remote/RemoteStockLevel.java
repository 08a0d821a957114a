package io.storedesk.sync.remote;

import java.time.Instant;

/**
 * What a channel or the ERP says is available of one item at one of its locations. externalId = the
 * channel's item id (Shopify inventory_item_id, WooCommerce product/variation id, Odoo product id); sku may
 * be null when the answer does not carry it (the engine then matches by item id).
 */
public record RemoteStockLevel(String externalId, String sku, String location, long available, Instant updatedAt)
        implements RemoteRecord {
}

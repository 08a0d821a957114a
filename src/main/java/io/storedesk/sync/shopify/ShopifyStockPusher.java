package io.storedesk.sync.shopify;

import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.remote.PushReceipt;
import io.storedesk.sync.remote.RemoteProduct;
import io.storedesk.sync.remote.RemoteRecord;
import io.storedesk.sync.remote.RemoteVariant;
import io.storedesk.sync.remote.StockLevelPush;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Sets absolute stock levels at the channel's location through inventory_levels/set.json: repeating one is
 * harmless, so each carries its idempotency key and the transport may retry it.
 */
final class ShopifyStockPusher {

    private final ShopifyRestApi api;
    private final Supplier<String> location;
    private Map<String, String> inventoryItemBySku;

    ShopifyStockPusher(ShopifyRestApi api, Supplier<String> location) {
        this.api = api;
        this.location = location;
    }

    List<PushReceipt> push(List<StockLevelPush> messages) {
        List<PushReceipt> receipts = new ArrayList<>(messages.size());
        for (StockLevelPush m : messages) {
            receipts.add(push(m));
        }
        return receipts;
    }

    private PushReceipt push(StockLevelPush m) {
        String item = m.inventoryItemId() != null ? m.inventoryItemId() : inventoryItemOf(m.sku());
        if (item == null) {
            return PushReceipt.refused(m.idempotencyKey(), "Shopify has no variant with SKU " + m.sku());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("location_id", ShopifyJson.idValue(location.get()));
        body.put("inventory_item_id", ShopifyJson.idValue(item));
        body.put("available", m.quantity());
        try {
            api.setInventoryLevel(ShopifyJson.write(body), m.idempotencyKey());
            return PushReceipt.accepted(m.idempotencyKey(), item);
        } catch (RemoteFault f) {
            if (f.kind() == RemoteFault.Kind.REJECTED) {
                return PushReceipt.refused(m.idempotencyKey(), ShopifyJson.errorText(f.remoteMessage()));
            }
            throw f;
        }
    }

    /** The engine sends the item id it learnt from pulls; without one, read the catalogue once for them all. */
    private String inventoryItemOf(String sku) {
        if (sku == null) {
            return null;
        }
        if (inventoryItemBySku == null) {
            Map<String, String> bySku = new HashMap<>();
            Set<String> seen = new HashSet<>();
            ShopifyRestApi.Page page = api.firstPage(ShopifyRestApi.Listing.PRODUCTS, Map.of());
            while (true) {
                for (RemoteRecord r : ShopifyMapping.products(page.json()).records()) {
                    for (RemoteVariant v : ((RemoteProduct) r).variants()) {
                        if (v.sku() != null && v.inventoryItemId() != null) {
                            bySku.putIfAbsent(v.sku(), v.inventoryItemId());
                        }
                    }
                }
                if (page.nextPageInfo() == null || !seen.add(page.nextPageInfo())) {
                    break;
                }
                page = api.nextPage(ShopifyRestApi.Listing.PRODUCTS, page.nextPageInfo());
            }
            inventoryItemBySku = bySku;
        }
        return inventoryItemBySku.get(sku.strip());
    }
}

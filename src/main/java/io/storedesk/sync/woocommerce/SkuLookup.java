package io.storedesk.sync.woocommerce;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds a product or variation by SKU: GET /products?sku= searches both (a variation answers with its
 * parent_id), but matches loosely in some versions, so only an exact SKU counts.
 */
final class SkuLookup {

    record Found(long id, long parentId) {
    }

    private SkuLookup() {
    }

    /** null = no product or variation has exactly this SKU. */
    static Found find(WooApi api, String sku) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("sku", sku);
        query.put("per_page", "100");
        return api.getList("/products", query, ProductJson.class, "products with SKU " + sku).stream()
                .filter(p -> sku.equals(p.sku())).findFirst().map(p -> new Found(p.id(), p.parentId())).orElse(null);
    }
}

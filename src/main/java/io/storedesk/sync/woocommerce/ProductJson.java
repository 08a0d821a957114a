package io.storedesk.sync.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A product from /products, or a variation from /products/{id}/variations (same fields; a variation has no
 * type, name or variations, and parent_id is set only when it is found through /products?sku=).
 * manage_stock is true, false, or for a variation "parent" (its stock is the parent's), hence a JsonNode.
 * global_unique_id (GTIN/EAN) exists since WooCommerce 9.2.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProductJson(long id, long parentId, String name, String type, String status, String sku, String price,
                   String globalUniqueId, String dateModifiedGmt, JsonNode manageStock, Long stockQuantity,
                   List<Long> variations, List<Named> categories, List<Attribute> attributes) {

    ProductJson {
        variations = variations == null ? List.of() : variations;
        categories = categories == null ? List.of() : categories;
        attributes = attributes == null ? List.of() : attributes;
    }

    boolean variable() {
        return "variable".equals(type);
    }

    /** Whether WooCommerce counts this item's own stock (not "parent", not false). */
    boolean managesOwnStock() {
        return manageStock != null && manageStock.isBoolean() && manageStock.booleanValue();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Named(long id, String name) {
    }

    /** On a variation: {"id":6,"name":"Color","option":"Green"}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attribute(long id, String name, String option) {
    }
}

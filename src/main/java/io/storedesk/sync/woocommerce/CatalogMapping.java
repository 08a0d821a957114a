package io.storedesk.sync.woocommerce;

import static io.storedesk.sync.woocommerce.WooValues.blankToNull;
import static io.storedesk.sync.woocommerce.WooValues.gmt;

import io.storedesk.sync.remote.RemoteProduct;
import io.storedesk.sync.remote.RemoteStockLevel;
import io.storedesk.sync.remote.RemoteVariant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** WooCommerce products and variations as listings with variants, and their stock. */
final class CatalogMapping {

    /** WooCommerce core has one stock figure per product or variation, not per warehouse. */
    static final String LOCATION = "default";

    private CatalogMapping() {
    }

    /**
     * A variable product's variants are its variations; a grouped product sells nothing itself (its children are
     * products of their own), so it has none; any other type (simple, external, or a plugin's) is its own single
     * variant. productType is the first category (WooCommerce's "type" is structure, not a kind of goods); vendor
     * is null, WooCommerce core has none; grams is null because weight is in the shop's unit, which the product
     * does not say.
     */
    static RemoteProduct product(ProductJson p, List<ProductJson> variations) {
        List<RemoteVariant> variants;
        if (p.variable()) {
            variants = variations.stream().map(v -> variant(v, variationTitle(v))).toList();
        } else if ("grouped".equals(p.type())) {
            variants = List.of();
        } else {
            variants = List.of(variant(p, WooValues.unescapeHtml(p.name())));
        }
        String category = p.categories().stream().map(ProductJson.Named::name).findFirst()
                .map(WooValues::unescapeHtml).orElse(null);
        return new RemoteProduct(String.valueOf(p.id()), WooValues.unescapeHtml(p.name()), null, category, p.status(),
                gmt(p.dateModifiedGmt()), variants);
    }

    static RemoteVariant variant(ProductJson item, String title) {
        String price = blankToNull(item.price());
        return new RemoteVariant(String.valueOf(item.id()), blankToNull(item.sku()), title,
                price == null ? null : WooValues.amount(price, "price of " + item.id()), blankToNull(item.globalUniqueId()),
                null, null);
    }

    /** "Green" or "Black / M": the options the variation stands for. */
    static String variationTitle(ProductJson v) {
        String options = v.attributes().stream().map(ProductJson.Attribute::option).filter(o -> o != null && !o.isBlank())
                .collect(Collectors.joining(" / "));
        return options.isEmpty() ? "#" + v.id() : options;
    }

    /**
     * The stock of a product or variation that counts its own (manage_stock true). A variation whose manage_stock
     * is "parent" shares its parent's figure, which the parent's level already reports.
     */
    static Optional<RemoteStockLevel> stock(ProductJson item) {
        if (!item.managesOwnStock()) {
            return Optional.empty();
        }
        long available = item.stockQuantity() == null ? 0 : item.stockQuantity();
        return Optional.of(new RemoteStockLevel(String.valueOf(item.id()), blankToNull(item.sku()), LOCATION, available,
                gmt(item.dateModifiedGmt())));
    }
}

package io.storedesk.sync.inbound;

import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.Product;
import io.storedesk.catalog.Sku;
import io.storedesk.catalog.SkuKind;
import io.storedesk.common.Money;
import io.storedesk.sync.Channel;
import io.storedesk.sync.remote.RemoteProduct;
import io.storedesk.sync.remote.RemoteVariant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates the products and SKUs a channel lists that our catalog lacks, so the next order finds them: one product
 * per listing (code "<channel>-<listing id>", the listing's title and vendor), one goods SKU per variant at the
 * channel's price, listed, in the mature stage, with the variant's barcode, weight and option names.
 */
final class MissingCatalog {

    /** A variant to create, with its listing. */
    record Missing(RemoteProduct product, RemoteVariant variant) {
    }

    private static final String DEFAULT_VARIANT = "Default Title"; // Shopify's name for "no options"

    private final CatalogRepository catalog;

    MissingCatalog(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    /** Creates the SKUs (and the products they need) and returns the new SKU ids by code. */
    Map<String, Long> create(Channel channel, List<Missing> missing, String user) {
        Map<String, RemoteProduct> byCode = new LinkedHashMap<>();
        missing.forEach(m -> byCode.putIfAbsent(productCode(channel, m.product()), m.product()));
        Map<String, Long> productIds = new HashMap<>();
        catalog.productsByCode(byCode.keySet()).forEach((code, p) -> productIds.put(code, p.id()));
        List<Product> products = new ArrayList<>();
        byCode.forEach((code, p) -> {
            if (!productIds.containsKey(code)) {
                String title = OrderMapping.cut(p.title(), 200);
                products.add(new Product(0, code, title == null ? code : title, null, OrderMapping.cut(p.vendor(), 100),
                        List.of(), 0));
            }
        });
        List<Long> newProducts = catalog.insertProductsReturningIds(products, user);
        for (int i = 0; i < products.size(); i++) {
            productIds.put(products.get(i).code(), newProducts.get(i));
        }
        List<Sku> skus = missing.stream().map(m -> {
            RemoteVariant v = m.variant();
            String attributes = v.title() == null || v.title().equals(DEFAULT_VARIANT) ? ""
                    : OrderMapping.cut(v.title(), 500);
            return new Sku(0, productIds.get(productCode(channel, m.product())), v.sku().strip(), barcode(v.barcode()),
                    attributes == null ? "" : attributes, new Money(v.price() == null ? BigDecimal.ZERO : v.price(),
                    channel.currency()), null, v.grams(), null, LifecycleStage.MATURE, true, SkuKind.GOODS, false, 0);
        }).toList();
        List<Long> ids = catalog.insertSkusReturningIds(skus, user);
        Map<String, Long> idByCode = new HashMap<>();
        for (int i = 0; i < skus.size(); i++) {
            idByCode.put(skus.get(i).code(), ids.get(i));
        }
        return idByCode;
    }

    static String productCode(Channel channel, RemoteProduct product) {
        String code = channel.code() + "-" + product.externalId();
        return code.length() <= 64 ? code : code.substring(0, 64);
    }

    /** A barcode too long for the column is left out rather than cut (a cut barcode scans as another). */
    static String barcode(String barcode) {
        return barcode == null || barcode.isBlank() || barcode.strip().length() > 32 ? null : barcode.strip();
    }
}

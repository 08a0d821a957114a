package io.storedesk.sync.woocommerce;

import io.storedesk.sync.PullPosition;
import io.storedesk.sync.RemotePage;
import io.storedesk.sync.remote.RemoteRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The four pulls: orders, refunds (of the orders changed), products with their variations, and stock. */
final class WooCommercePulls {

    private final WooApi api;
    private final int perPage;
    private final ModifiedPager<OrderJson> orders;
    private final ModifiedPager<ProductJson> products;

    WooCommercePulls(WooApi api, int perPage) {
        this.api = api;
        this.perPage = perPage;
        this.orders = new ModifiedPager<>(api, "/orders", OrderJson.class, OrderJson::id, OrderJson::dateModifiedGmt,
                perPage);
        this.products = new ModifiedPager<>(api, "/products", ProductJson.class, ProductJson::id,
                ProductJson::dateModifiedGmt, perPage);
    }

    RemotePage orders(PullPosition position) {
        ModifiedPager.Result<OrderJson> page = orders.pull(position);
        List<RemoteRecord> records = page.records().stream().<RemoteRecord>map(OrderMapping::order).toList();
        return new RemotePage(records, page.nextPageToken(), page.newestCursor());
    }

    /**
     * Refunds of the orders changed since the cursor (adding a refund saves its order, so the order's modified
     * date moves); only orders whose refunds list is not empty are asked for theirs.
     */
    RemotePage refunds(PullPosition position) {
        ModifiedPager.Result<OrderJson> page = orders.pull(position);
        List<RemoteRecord> records = new ArrayList<>();
        for (OrderJson order : page.records()) {
            if (!order.refunds().isEmpty()) {
                for (RefundJson refund : all("/orders/" + order.id() + "/refunds", RefundJson.class,
                        "refunds of order " + order.id())) {
                    records.add(RefundMapping.refund(refund, order));
                }
            }
        }
        return new RemotePage(records, page.nextPageToken(), page.newestCursor());
    }

    RemotePage products(PullPosition position) {
        ModifiedPager.Result<ProductJson> page = products.pull(position);
        List<RemoteRecord> records = new ArrayList<>();
        for (ProductJson product : page.records()) {
            records.add(CatalogMapping.product(product, variationsOf(product)));
        }
        return new RemotePage(records, page.nextPageToken(), page.newestCursor());
    }

    /**
     * Stock read from every product and variation each time, by id: a sale or a stock edit changes the figure
     * without moving the product's modified date, so a pull by modified date would miss it. The page token is
     * the page number (the ids order the list, so a page only shifts when a product is deleted during the run,
     * and the next full read covers it). newestCursor reports the newest change seen; the cursor given is unused.
     */
    RemotePage stock(PullPosition position) {
        int page = stockPage(position.pageToken());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("orderby", "id");
        query.put("order", "asc");
        query.put("per_page", String.valueOf(perPage));
        query.put("page", String.valueOf(page));
        WooApi.Page<ProductJson> answer = api.list("/products", query, ProductJson.class, "/products page " + page);
        List<RemoteRecord> records = new ArrayList<>();
        Instant newest = null;
        for (ProductJson product : answer.items()) {
            CatalogMapping.stock(product).ifPresent(records::add);
            for (ProductJson variation : variationsOf(product)) {
                CatalogMapping.stock(variation).ifPresent(records::add);
            }
            Instant modified = WooValues.gmt(product.dateModifiedGmt());
            if (modified != null && (newest == null || modified.isAfter(newest))) {
                newest = modified;
            }
        }
        boolean last = answer.isLast(page, perPage) || answer.items().isEmpty();
        return new RemotePage(records, last ? null : "stock-page=" + (page + 1),
                newest == null ? null : WooValues.formatGmt(newest));
    }

    private static int stockPage(String token) {
        if (token == null || !token.startsWith("stock-page=")) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(token.substring("stock-page=".length())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private List<ProductJson> variationsOf(ProductJson product) {
        if (!product.variable() || product.variations().isEmpty()) {
            return List.of();
        }
        return all("/products/" + product.id() + "/variations", ProductJson.class, "variations of product " + product.id());
    }

    /** Every page of a small list that belongs to one parent (a product's variations, an order's refunds). */
    private <T> List<T> all(String path, Class<T> type, String what) {
        List<T> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("per_page", "100");
            query.put("page", String.valueOf(page));
            WooApi.Page<T> answer = api.list(path, query, type, what + " page " + page);
            items.addAll(answer.items());
            if (answer.isLast(page, 100) || answer.items().isEmpty()) {
                return items;
            }
        }
    }
}

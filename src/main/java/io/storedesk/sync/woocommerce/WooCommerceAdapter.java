package io.storedesk.sync.woocommerce;

import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.PullPosition;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.RemotePage;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.FulfilmentPush;
import io.storedesk.sync.remote.PushMessage;
import io.storedesk.sync.remote.PushReceipt;
import io.storedesk.sync.remote.StockLevelPush;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A WooCommerce shop through its REST API v3 (WooCommerce 5.8 or later, for modified_after). */
final class WooCommerceAdapter implements ChannelAdapter {

    private final WooApi api;
    private final WooCommercePulls pulls;
    private final StockPusher stock;
    private final FulfilmentPusher fulfilments;

    WooCommerceAdapter(WooApi api, int perPage) {
        this.api = api;
        this.pulls = new WooCommercePulls(api, perPage);
        this.stock = new StockPusher(api);
        this.fulfilments = new FulfilmentPusher(api);
    }

    @Override
    public Set<SyncResource> pulls() {
        return EnumSet.of(SyncResource.PRODUCTS, SyncResource.STOCK, SyncResource.ORDERS, SyncResource.REFUNDS);
    }

    @Override
    public Set<PushKind> pushes() {
        return EnumSet.of(PushKind.STOCK_LEVEL, PushKind.FULFILMENT);
    }

    /** The cheapest call that needs a valid key with read access: one order. */
    @Override
    public void checkConnection() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("per_page", "1");
        api.getList("/orders", query, OrderJson.class, "the connection check (/orders)");
    }

    @Override
    public RemotePage pull(SyncResource resource, PullPosition position) {
        return switch (resource) {
            case ORDERS -> pulls.orders(position);
            case REFUNDS -> pulls.refunds(position);
            case PRODUCTS -> pulls.products(position);
            case STOCK -> pulls.stock(position);
        };
    }

    @Override
    public int maxBatch(PushKind kind) {
        return switch (kind) {
            case STOCK_LEVEL -> StockPusher.MAX_BATCH;
            case FULFILMENT -> FulfilmentPusher.MAX_BATCH;
            default -> throw new IllegalArgumentException("WooCommerce takes no " + kind);
        };
    }

    @Override
    public List<PushReceipt> push(PushKind kind, List<PushMessage> messages) {
        if (messages.size() > maxBatch(kind)) {
            throw new IllegalArgumentException(messages.size() + " " + kind + " messages; at most " + maxBatch(kind));
        }
        return switch (kind) {
            case STOCK_LEVEL -> stock.push(messages.stream().map(StockLevelPush.class::cast).toList());
            case FULFILMENT -> fulfilments.push(messages.stream().map(FulfilmentPush.class::cast).toList());
            default -> throw new IllegalArgumentException("WooCommerce takes no " + kind);
        };
    }
}

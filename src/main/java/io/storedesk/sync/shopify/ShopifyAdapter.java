package io.storedesk.sync.shopify;

import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.PullPosition;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.RemotePage;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.FulfilmentPush;
import io.storedesk.sync.remote.PushMessage;
import io.storedesk.sync.remote.PushReceipt;
import io.storedesk.sync.remote.StockLevelPush;
import io.storedesk.sync.shopify.ShopifyRestApi.Listing;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Shopify store through the Admin API: orders (with lines, address and refunds), products and variants, and
 * inventory levels at the store's location, pulled by updated_at; stock levels and fulfilments pushed.
 * Settings: apiVersion (default {@value #DEFAULT_API_VERSION}), locationId (comma-separated ids to pull
 * stock at, the first one also receives pushes; default: the store's first active location).
 */
public final class ShopifyAdapter implements ChannelAdapter {

    public static final String DEFAULT_API_VERSION = "2024-10";

    private final ShopifyRestApi api;
    private final PageTrail trail = new PageTrail();
    private final ShopifyStockPusher stock;
    private final ShopifyFulfilmentPusher fulfilments;
    private final String configuredLocations;
    private volatile List<String> locations;

    ShopifyAdapter(ShopifyRestApi api, String configuredLocations) {
        this.api = api;
        this.configuredLocations = configuredLocations;
        this.stock = new ShopifyStockPusher(api, () -> locations().get(0));
        this.fulfilments = new ShopifyFulfilmentPusher(api);
    }

    @Override
    public Set<SyncResource> pulls() {
        return EnumSet.of(SyncResource.PRODUCTS, SyncResource.STOCK, SyncResource.ORDERS, SyncResource.REFUNDS);
    }

    @Override
    public Set<PushKind> pushes() {
        return EnumSet.of(PushKind.STOCK_LEVEL, PushKind.FULFILMENT);
    }

    @Override
    public void checkConnection() {
        ShopifyMapping.shop(api.shop());
    }

    @Override
    public RemotePage pull(SyncResource resource, PullPosition position) {
        Listing listing = switch (resource) {
            case ORDERS -> Listing.ORDERS;
            case REFUNDS -> Listing.REFUNDS;
            case PRODUCTS -> Listing.PRODUCTS;
            case STOCK -> Listing.INVENTORY_LEVELS;
        };
        ShopifyRestApi.Page page = position.pageToken() == null
                ? api.firstPage(listing, filters(resource, position.cursor()))
                : api.nextPage(listing, position.pageToken());
        ShopifyMapping.Mapped mapped = switch (resource) {
            case ORDERS -> ShopifyMapping.orders(page.json());
            case REFUNDS -> ShopifyMapping.refunds(page.json());
            case PRODUCTS -> ShopifyMapping.products(page.json());
            case STOCK -> ShopifyMapping.stockLevels(page.json());
        };
        trail.answered(resource, position.pageToken(), page.nextPageInfo());
        return new RemotePage(mapped.records(), page.nextPageInfo(), mapped.newestCursor());
    }

    /** Orders in every state (Shopify lists only open ones by default), oldest change first. */
    private Map<String, String> filters(SyncResource resource, String cursor) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (resource == SyncResource.ORDERS || resource == SyncResource.REFUNDS) {
            filters.put("status", "any");
            filters.put("order", "updated_at asc");
        }
        if (resource == SyncResource.STOCK) {
            filters.put("location_ids", String.join(",", locations()));
        }
        if (cursor != null && !cursor.isBlank()) {
            filters.put("updated_at_min", cursor);
        }
        return filters;
    }

    @Override
    public int maxBatch(PushKind kind) {
        // Each message is its own call (Shopify has no batch endpoint for these); the transport paces them.
        return switch (kind) {
            case STOCK_LEVEL -> 50;
            case FULFILMENT -> 10;
            default -> 1;
        };
    }

    @Override
    public List<PushReceipt> push(PushKind kind, List<PushMessage> messages) {
        return switch (kind) {
            case STOCK_LEVEL -> stock.push(messages.stream().map(StockLevelPush.class::cast).toList());
            case FULFILMENT -> fulfilments.push(messages.stream().map(FulfilmentPush.class::cast).toList());
            default -> throw new IllegalArgumentException("Shopify does not take " + kind + " messages");
        };
    }

    /** The configured locations, or the store's first active one, asked once per adapter. */
    List<String> locations() {
        List<String> known = locations;
        if (known == null) {
            known = configuredLocations == null ? List.of() : Arrays.stream(configuredLocations.split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (known.isEmpty()) {
                known = ShopifyMapping.activeLocations(api.locations()).stream().limit(1).toList();
                if (known.isEmpty()) {
                    throw ShopifyJson.badResponse("the Shopify store has no active location to hold stock", null);
                }
            }
            locations = known;
        }
        return known;
    }
}

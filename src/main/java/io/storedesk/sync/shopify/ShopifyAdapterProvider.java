package io.storedesk.sync.shopify;

import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.ChannelAdapterProvider;
import io.storedesk.sync.ChannelConnection;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.RateLimit;
import io.storedesk.sync.RemoteHttp;
import java.util.Map;

/**
 * Opens Shopify channels. The REST Admin API's leaky bucket: 40 calls, leaking 2 a second (Shopify Plus
 * stores have larger ones, hence the settings bucketSize and leakPerSecond).
 */
public final class ShopifyAdapterProvider implements ChannelAdapterProvider {

    public static final RateLimit REST_BUCKET = new RateLimit(40, 2, ShopifyRestApi.CALL_LIMIT_HEADER);

    @Override
    public ChannelKind kind() {
        return ChannelKind.SHOPIFY;
    }

    @Override
    public RateLimit rateLimit() {
        return REST_BUCKET;
    }

    /** The bucket of one store: the standard one unless its settings give bucketSize and/or leakPerSecond. */
    public static RateLimit rateLimit(Map<String, String> settings) {
        try {
            int size = Integer.parseInt(settings.getOrDefault("bucketSize", String.valueOf(REST_BUCKET.bucketSize())));
            double leak = Double.parseDouble(settings.getOrDefault("leakPerSecond",
                    String.valueOf(REST_BUCKET.leakPerSecond())));
            return size > 0 && leak > 0 ? new RateLimit(size, leak, REST_BUCKET.usageHeader()) : REST_BUCKET;
        } catch (NumberFormatException e) {
            return REST_BUCKET;
        }
    }

    @Override
    public ChannelAdapter open(ChannelConnection connection, RemoteHttp http) {
        ShopifyRestApi api = new ShopifyRestApi(http, connection.baseUrl(),
                connection.setting("apiVersion", ShopifyAdapter.DEFAULT_API_VERSION), connection.credentials().secret());
        return new ShopifyAdapter(api, connection.setting("locationId", null));
    }
}

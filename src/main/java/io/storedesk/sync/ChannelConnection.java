package io.storedesk.sync;

import java.util.Map;

/**
 * Where and as whom an adapter talks to its remote: the stored channel, the API's base URL (e.g.
 * https://shop.myshopify.com or http://127.0.0.1:8069), the credentials, and adapter settings such as
 * Shopify's location id or an API version (keys are the adapter's own).
 */
public record ChannelConnection(Channel channel, String baseUrl, ChannelCredentials credentials,
                                Map<String, String> settings) {

    public ChannelConnection {
        settings = Map.copyOf(settings);
    }

    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }
}

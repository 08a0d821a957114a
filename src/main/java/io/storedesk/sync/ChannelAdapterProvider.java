package io.storedesk.sync;

/**
 * Found through {@link java.util.ServiceLoader}: a new marketplace is one more provider on the class path
 * (listed in META-INF/services/io.storedesk.sync.ChannelAdapterProvider), not a change to the engine.
 */
public interface ChannelAdapterProvider {

    ChannelKind kind();

    /** How the transport must pace calls to this API (e.g. Shopify's leaky bucket); none by default. */
    default RateLimit rateLimit() {
        return RateLimit.NONE;
    }

    ChannelAdapter open(ChannelConnection connection, RemoteHttp http);
}

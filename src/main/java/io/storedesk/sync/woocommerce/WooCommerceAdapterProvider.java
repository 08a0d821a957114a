package io.storedesk.sync.woocommerce;

import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.ChannelAdapterProvider;
import io.storedesk.sync.ChannelConnection;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.RemoteHttp;

/**
 * Opens WooCommerce channels. Settings: authInQuery=true sends the consumer key and secret as query parameters
 * (for servers that strip the Authorization header); perPage (1–100, default 100) is the page size of pulls.
 * WooCommerce publishes no rate limit (hosts may: their 429s are retried by the transport), so none is paced.
 */
public final class WooCommerceAdapterProvider implements ChannelAdapterProvider {

    @Override
    public ChannelKind kind() {
        return ChannelKind.WOOCOMMERCE;
    }

    @Override
    public ChannelAdapter open(ChannelConnection connection, RemoteHttp http) {
        int perPage;
        try {
            perPage = Math.min(100, Math.max(1, Integer.parseInt(connection.setting("perPage", "100"))));
        } catch (NumberFormatException e) {
            perPage = 100;
        }
        return new WooCommerceAdapter(new WooApi(connection, http), perPage);
    }
}

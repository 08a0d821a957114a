package io.storedesk.sync.shopify;

import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.ChannelConnection;
import io.storedesk.sync.ChannelCredentials;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.RemoteHttp;
import io.storedesk.sync.http.OkHttpTransport;
import io.storedesk.sync.http.SyncTransport;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;

/** A test against a local fake Shopify store: set {@code store} (and settings), then call {@link #adapter()}. */
abstract class ShopifyServerTest {

    protected FakeShopify store;
    protected Map<String, String> settings = Map.of();
    protected String token = FakeShopify.TOKEN;
    private MockWebServer server;

    /**
     * The transport the adapter is given. Today the plain one (faults surface as they come); the engine's
     * retrying, pacing transport replaces it here once it is merged.
     */
    protected RemoteHttp http() {
        return new SyncTransport(new OkHttpTransport());
    }

    protected ChannelAdapter adapter() {
        if (server == null) {
            server = new MockWebServer();
            server.setDispatcher(store);
            try {
                server.start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        Channel channel = new Channel(1, "shop", "Shop", ChannelKind.SHOPIFY, "USD", BigDecimal.ONE, 0, true);
        return new ShopifyAdapterProvider().open(new ChannelConnection(channel,
                server.url("/").toString().replaceAll("/$", ""), new ChannelCredentials(null, token, null), settings),
                http());
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }
}

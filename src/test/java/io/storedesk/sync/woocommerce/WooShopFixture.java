package io.storedesk.sync.woocommerce;

import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.ChannelConnection;
import io.storedesk.sync.ChannelCredentials;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.PullPosition;
import io.storedesk.sync.RemoteHttp;
import io.storedesk.sync.RemotePage;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.http.OkHttpTransport;
import io.storedesk.sync.http.SyncTransport;
import io.storedesk.sync.remote.RemoteRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fault test's local shop (two records a page) and the adapter talking to it. */
abstract class WooShopFixture {

    protected FakeWooShop shop;
    protected MockWebServer server;

    @BeforeEach
    void openShop() throws IOException {
        shop = FakeWooShop.standard();
        server = new MockWebServer();
        server.setDispatcher(shop);
        server.start();
    }

    @AfterEach
    void closeShop() {
        server.close();
    }

    /** The transport the engine gives adapters today: one exchange, no retry, faults by status. */
    protected static RemoteHttp plainTransport() {
        return new SyncTransport(new OkHttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(5)));
    }

    protected ChannelAdapter adapter() {
        return adapter(new ChannelCredentials(FakeWooShop.KEY, FakeWooShop.SECRET, null), Map.of(), plainTransport());
    }

    protected ChannelAdapter adapter(ChannelCredentials credentials, Map<String, String> settings, RemoteHttp http) {
        Map<String, String> all = new HashMap<>(Map.of("perPage", "2"));
        all.putAll(settings);
        Channel channel = new Channel(1, "WOO", "Woo shop", ChannelKind.WOOCOMMERCE, "USD", BigDecimal.ONE, 0, true);
        String baseUrl = server.url("/").toString();
        return new WooCommerceAdapterProvider().open(new ChannelConnection(channel, baseUrl, credentials, all), http);
    }

    /** One run as the engine drives it: page after page until the last; the run's cursor is the largest newest. */
    protected record Run(List<RemoteRecord> records, int pages, String newestCursor) {

        List<String> ids() {
            return records.stream().map(RemoteRecord::externalId).toList();
        }
    }

    protected static Run run(ChannelAdapter adapter, SyncResource resource, String cursor) {
        List<RemoteRecord> records = new ArrayList<>();
        String newest = null;
        PullPosition position = PullPosition.from(cursor);
        for (int pages = 1; pages <= 100; pages++) {
            RemotePage page = adapter.pull(resource, position);
            records.addAll(page.records());
            if (page.newestCursor() != null && (newest == null || page.newestCursor().compareTo(newest) > 0)) {
                newest = page.newestCursor();
            }
            if (page.isLast()) {
                return new Run(records, pages, newest);
            }
            position = new PullPosition(cursor, page.nextPageToken());
        }
        throw new AssertionError(resource + " did not end after 100 pages");
    }
}

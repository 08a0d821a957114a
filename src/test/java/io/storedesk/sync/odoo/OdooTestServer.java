package io.storedesk.sync.odoo;

import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.ChannelConnection;
import io.storedesk.sync.ChannelCredentials;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.PullPosition;
import io.storedesk.sync.RemotePage;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.http.OkHttpTransport;
import io.storedesk.sync.http.SyncTransport;
import io.storedesk.sync.remote.RemoteRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;

/** A FakeOdoo on a local MockWebServer and adapters opened against it through the plain SyncTransport. */
final class OdooTestServer implements AutoCloseable {

    final FakeOdoo odoo = FakeOdoo.withFixtures();
    final MockWebServer server = new MockWebServer();

    OdooTestServer() {
        server.setDispatcher(odoo);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChannelAdapter adapter(int pageSize) {
        return adapter(OdooSamples.GOOD, pageSize);
    }

    ChannelAdapter adapter(ChannelCredentials credentials, int pageSize) {
        Channel channel = new Channel(3, "ODOO", "Odoo", ChannelKind.ODOO, "EUR", BigDecimal.ONE, 0, true);
        String baseUrl = server.url("/").toString().replaceAll("/$", "");
        return new OdooAdapterProvider().open(
                new ChannelConnection(channel, baseUrl, credentials, Map.of("page_size", String.valueOf(pageSize))),
                new SyncTransport(new OkHttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(2))));
    }

    /** Every page from cursor on, as the engine would pull them in one run. */
    static List<RemotePage> pages(ChannelAdapter adapter, SyncResource resource, String cursor) {
        List<RemotePage> pages = new ArrayList<>();
        PullPosition position = PullPosition.from(cursor);
        for (int i = 0; i < 100; i++) {
            RemotePage page = adapter.pull(resource, position);
            pages.add(page);
            if (page.isLast()) {
                return pages;
            }
            position = new PullPosition(cursor, page.nextPageToken());
        }
        throw new AssertionError(resource + " did not end after 100 pages");
    }

    static List<RemoteRecord> records(List<RemotePage> pages) {
        return pages.stream().flatMap(p -> p.records().stream()).toList();
    }

    static String newest(List<RemotePage> pages) {
        return pages.stream().map(RemotePage::newestCursor).filter(c -> c != null).max(String::compareTo).orElse(null);
    }

    @Override
    public void close() {
        server.close();
    }
}

package io.storedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.sync.http.OkHttpTransport;
import io.storedesk.sync.http.SyncTransport;
import io.storedesk.sync.remote.PushMessage;
import io.storedesk.sync.remote.PushReceipt;
import io.storedesk.sync.remote.RemoteRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every adapter must do for the engine to drive it: each adapter's test extends this with a local
 * server that answers as its remote does (real-shaped payloads, at least two pages per pulled resource).
 */
public abstract class ChannelAdapterContract {

    private static final int MAX_PAGES = 1_000;

    protected MockWebServer server;

    protected abstract ChannelKind kind();

    /** Answers as the remote does; accepts goodCredentials() and refuses anything else as the remote would. */
    protected abstract Dispatcher remote();

    protected abstract ChannelCredentials goodCredentials();

    protected abstract ChannelCredentials wrongCredentials();

    /** Messages of the kind that the remote accepts (at least one for every kind the adapter pushes). */
    protected abstract List<PushMessage> acceptedPushes(PushKind kind);

    protected Map<String, String> settings() {
        return Map.of();
    }

    @BeforeEach
    void startRemote() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(remote());
        server.start();
    }

    @AfterEach
    void stopRemote() {
        server.close();
    }

    protected ChannelAdapter adapter(ChannelCredentials credentials) {
        Channel channel = new Channel(1, kind().name(), kind().name(), kind(), "USD", BigDecimal.ONE, 0, true);
        String baseUrl = server.url("/").toString().replaceAll("/$", "");
        return provider().open(new ChannelConnection(channel, baseUrl, credentials, settings()),
                new SyncTransport(new OkHttpTransport()));
    }

    protected ChannelAdapterProvider provider() {
        return ServiceLoader.load(ChannelAdapterProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.kind() == kind()).findFirst()
                .orElseThrow(() -> new AssertionError("no ChannelAdapterProvider for " + kind() + " in META-INF/services"));
    }

    @Test
    void isFoundThroughTheServiceLoader() {
        assertThat(provider().kind()).isEqualTo(kind());
    }

    @Test
    void signsInWithGoodCredentials() {
        adapter(goodCredentials()).checkConnection();
    }

    @Test
    void wrongCredentialsAreAnAuthFaultWithTheRemotesWords() {
        assertThatThrownBy(() -> adapter(wrongCredentials()).checkConnection())
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.AUTH);
                    assertThat(f.remoteMessage()).isNotBlank();
                });
    }

    @Test
    void pullsEveryResourceToItsLastPageWithoutRepeatingARecord() {
        ChannelAdapter adapter = adapter(goodCredentials());
        assertThat(adapter.pulls()).isNotEmpty();
        for (SyncResource resource : adapter.pulls()) {
            List<RemotePage> pages = allPages(adapter, resource, null);
            assertThat(pages).as("%s pages", resource).hasSizeGreaterThanOrEqualTo(2);
            List<RemoteRecord> records = pages.stream().flatMap(p -> p.records().stream()).toList();
            assertThat(records).as("%s records", resource).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.externalId()).isNotBlank());
            Set<String> ids = new HashSet<>();
            for (RemoteRecord r : records) {
                assertThat(ids.add(r.getClass().getSimpleName() + ":" + r.externalId() + locationOf(r)))
                        .as("%s %s appears twice", resource, r.externalId()).isTrue();
            }
            assertThat(pages.stream().map(RemotePage::newestCursor).filter(c -> c != null).count())
                    .as("%s pages give a cursor", resource).isPositive();
        }
    }

    @Test
    void resumingFromAPageTokenGivesTheSamePageAsTheRunThatDied() {
        ChannelAdapter adapter = adapter(goodCredentials());
        for (SyncResource resource : adapter.pulls()) {
            RemotePage first = adapter.pull(resource, PullPosition.from(null));
            assertThat(first.isLast()).as("%s has a second page", resource).isFalse();
            RemotePage second = adapter.pull(resource, new PullPosition(null, first.nextPageToken()));
            RemotePage resumed = adapter(goodCredentials()).pull(resource, new PullPosition(null, first.nextPageToken()));
            assertThat(resumed.records()).as(resource.name()).isEqualTo(second.records());
        }
    }

    @Test
    void aPullFromTheNewestCursorIsAccepted() {
        ChannelAdapter adapter = adapter(goodCredentials());
        for (SyncResource resource : adapter.pulls()) {
            String newest = allPages(adapter, resource, null).stream().map(RemotePage::newestCursor)
                    .filter(c -> c != null).reduce((a, b) -> b).orElseThrow();
            assertThat(adapter.pull(resource, PullPosition.from(newest))).isNotNull();
        }
    }

    @Test
    void pushesGiveOneReceiptPerMessage() {
        ChannelAdapter adapter = adapter(goodCredentials());
        for (PushKind kind : adapter.pushes()) {
            assertThat(adapter.maxBatch(kind)).isPositive();
            List<PushMessage> messages = acceptedPushes(kind);
            assertThat(messages).as("sample %s pushes", kind).isNotEmpty();
            List<PushReceipt> receipts = adapter.push(kind, messages);
            assertThat(receipts).extracting(PushReceipt::idempotencyKey)
                    .containsExactlyInAnyOrderElementsOf(messages.stream().map(PushMessage::idempotencyKey).toList());
            assertThat(receipts).allSatisfy(r -> assertThat(r.accepted()).as(r.refusal()).isTrue());
        }
    }

    @Test
    void anHtmlPageInsteadOfJsonIsABadResponse() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
                        .body("<html><head><title>Site under maintenance</title></head><body>Back soon</body></html>")
                        .build();
            }
        });
        assertThatThrownBy(() -> adapter(goodCredentials()).checkConnection())
                .isInstanceOfSatisfying(RemoteFault.class,
                        f -> assertThat(f.kind()).isEqualTo(RemoteFault.Kind.BAD_RESPONSE));
    }

    protected static List<RemotePage> allPages(ChannelAdapter adapter, SyncResource resource, String cursor) {
        List<RemotePage> pages = new ArrayList<>();
        PullPosition position = PullPosition.from(cursor);
        for (int i = 0; i < MAX_PAGES; i++) {
            RemotePage page = adapter.pull(resource, position);
            pages.add(page);
            if (page.isLast()) {
                return pages;
            }
            position = new PullPosition(cursor, page.nextPageToken());
        }
        throw new AssertionError(resource + " did not end after " + MAX_PAGES + " pages");
    }

    private static String locationOf(RemoteRecord r) {
        return r instanceof io.storedesk.sync.remote.RemoteStockLevel level ? "@" + level.location() : "";
    }
}

package io.storedesk.sync.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.ChannelCredentials;
import io.storedesk.sync.PullPosition;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.PushReceipt;
import io.storedesk.sync.remote.StockLevelPush;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wrong credentials, and a remote that refuses or drops calls: the adapter surfaces each as the RemoteFault kind
 * the engine acts on, and with a retrying transport a run gets through with nothing lost and nothing twice.
 */
class WooCommerceRemoteFaultsTest extends WooShopFixture {

    /** The retrying transport under test; re-point to the engine's own when io.storedesk.sync.http has it. */
    private static StandInRetryingHttp retryingTransport() {
        return new StandInRetryingHttp(plainTransport(), 4);
    }

    private static final ChannelCredentials GOOD = new ChannelCredentials(FakeWooShop.KEY, FakeWooShop.SECRET, null);

    @Test
    void anUnknownKeyIsAnAuthFaultInWooCommercesWords() {
        ChannelCredentials unknown = new ChannelCredentials("ck_0000", FakeWooShop.SECRET, null);
        assertThatThrownBy(() -> adapter(unknown, Map.of(), plainTransport()).checkConnection())
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.AUTH);
                    assertThat(f.status()).isEqualTo(401);
                    assertThat(f.remoteMessage()).isEqualTo("Sorry, you cannot list resources.");
                });
    }

    @Test
    void aWrongSecretIsAnAuthFaultInWooCommercesWords() {
        ChannelCredentials wrong = new ChannelCredentials(FakeWooShop.KEY, "cs_wrong", null);
        assertThatThrownBy(() -> adapter(wrong, Map.of(), plainTransport()).pull(SyncResource.ORDERS, PullPosition.from(null)))
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.AUTH);
                    assertThat(f.remoteMessage()).isEqualTo("Consumer secret is invalid.");
                });
    }

    @Test
    void authInQuerySendsTheKeysAsParametersInsteadOfTheAuthorizationHeader() {
        adapter(GOOD, Map.of("authInQuery", "true"), plainTransport()).checkConnection();

        RecordedRequest request = shop.requests.get(0);
        assertThat(request.getUrl().queryParameter("consumer_key")).isEqualTo(FakeWooShop.KEY);
        assertThat(request.getUrl().queryParameter("consumer_secret")).isEqualTo(FakeWooShop.SECRET);
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/wp-json/wc/v3/orders");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            429, RATE_LIMITED
            500, SERVER
            502, SERVER
            503, SERVER
            """)
    void aRefusedCallIsATransientFaultOfItsKind(int status, RemoteFault.Kind kind) {
        shop.interceptor = r -> FakeWooShop.error(status, status == 429 ? "rest_too_many_requests" : "internal_server_error",
                status == 429 ? "Too many requests, slow down." : "<p>There has been a critical error on this website.</p>");

        assertThatThrownBy(() -> adapter().pull(SyncResource.ORDERS, PullPosition.from(null)))
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(kind);
                    assertThat(f.status()).isEqualTo(status);
                    assertThat(f.transientFault()).isTrue();
                    assertThat(f.remoteMessage()).isNotBlank();
                });
    }

    @Test
    void aConnectionResetIsANetworkFault() {
        shop.interceptor = r -> reset();
        assertThatThrownBy(() -> adapter().pull(SyncResource.PRODUCTS, PullPosition.from(null)))
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.NETWORK);
                    assertThat(f.transientFault()).isTrue();
                });
    }

    @ParameterizedTest
    @CsvSource({"429", "500", "502", "503", "reset", "cut-body"})
    void withRetriesARunGetsThroughAFaultOnItsSecondPageWithNothingLostOrTwice(String fault) {
        failOnce(r -> r.getUrl().encodedPath().endsWith("/orders") && "1".equals(r.getUrl().queryParameter("page"))
                && r.getUrl().queryParameter("modified_after") != null, () -> switch (fault) {
                    case "reset" -> reset();
                    case "cut-body" -> new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                            .body("[" + shop.orders.get(901L) + "]").onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
                            .build();
                    case "429" -> new MockResponse.Builder().code(429).setHeader("Retry-After", "1")
                            .setHeader("Content-Type", "application/json")
                            .body("{\"code\":\"rest_too_many_requests\",\"message\":\"Too many requests.\"}").build();
                    default -> FakeWooShop.error(Integer.parseInt(fault), "internal_server_error", "Server error.");
                });
        StandInRetryingHttp http = retryingTransport();

        Run run = run(adapter(GOOD, Map.of(), http), SyncResource.ORDERS, null);

        assertThat(run.ids()).containsExactly("723", "727", "901", "902", "903");
        assertThat(http.retries).hasValue(1);
    }

    @Test
    void aStockBatchRefusedWith503IsSentAgainWithTheSameIdempotencyKeyAndAppliedOnce() {
        failOnce(r -> r.getUrl().encodedPath().endsWith("/products/batch"),
                () -> FakeWooShop.error(503, "service_unavailable", "Service unavailable."));
        StandInRetryingHttp http = retryingTransport();
        ChannelAdapter adapter = adapter(GOOD, Map.of(), http);

        List<PushReceipt> receipts = adapter.push(PushKind.STOCK_LEVEL,
                List.of(new StockLevelPush("s-1", "PREMIUM-Q", "794", "794", null, 9)));

        assertThat(receipts).containsExactly(PushReceipt.accepted("s-1", "794"));
        List<RecordedRequest> posts = shop.requestsTo("/products/batch");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).getHeaders().get("Idempotency-Key")).isNotBlank()
                .isEqualTo(posts.get(1).getHeaders().get("Idempotency-Key"));
        assertThat(shop.products.get(794L).get("stock_quantity").asLong()).isEqualTo(9);
    }

    private void failOnce(java.util.function.Predicate<RecordedRequest> which, Supplier<MockResponse> fault) {
        AtomicInteger failed = new AtomicInteger();
        shop.interceptor = r -> which.test(r) && failed.getAndIncrement() == 0 ? fault.get() : null;
    }

    private static MockResponse reset() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, true, true)).build();
    }
}

package io.storedesk.sync.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.storedesk.sync.RateLimit;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.RemoteHttp;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Each fault the remotes really produce, against a local server, with a clock that only moves when asked. */
class RetryingTransportTest {

    private static final String ORDERS = "/admin/api/2024-01/orders.json";
    private static final String OK_BODY = "{\"orders\":[]}";
    private static final String THROTTLED = "{\"errors\":\"Exceeded 2 calls per second for api client."
            + " Reduce request rates to resume uninterrupted service.\"}";

    private final MockWebServer server = new MockWebServer();
    private final FakeTime time = new FakeTime();
    private final TransportStats stats = new TransportStats();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Jitter that always draws the middle: each back-off is half its ceiling (500 ms base: 250, 500, 1000 ms). */
    private static final RandomGenerator HALF = new RandomGenerator() {
        @Override
        public long nextLong() {
            throw new UnsupportedOperationException();
        }

        @Override
        public double nextDouble() {
            return 0.5;
        }
    };

    private RemoteHttp transport() {
        return transport(new OkHttpTransport());
    }

    private RemoteHttp transport(OkHttpTransport http) {
        return SyncTransports.builder(RateLimit.NONE, stats).http(http).clock(time).sleeper(time).random(HALF).build();
    }

    private RemoteHttp.Request get() {
        return RemoteHttp.Request.get(server.url(ORDERS).toString(), Map.of("X-Shopify-Access-Token", "shpat_x"));
    }

    private static MockResponse ok() {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(OK_BODY)
                .build();
    }

    private static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body)
                .build();
    }

    private static MockResponse throttled(String retryAfter) {
        return new MockResponse.Builder(status(429, THROTTLED)).setHeader("Retry-After", retryAfter).build();
    }

    @Test
    void aThrottledCallWaitsTheSecondsTheRemoteAsksForThenSucceeds() {
        server.enqueue(throttled("2.0"));
        server.enqueue(ok());

        assertThat(transport().send(get()).body()).isEqualTo(OK_BODY);

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
        assertThat(stats.snapshot()).isEqualTo(new TransportStats.Snapshot(2, 1, 1, 0, 0, 0, 2000));
    }

    @Test
    void aRetryAfterGivenAsAnHttpDateIsWaitedUntil() {
        // FakeTime starts at Friday 2024-03-01 10:00:00 UTC
        server.enqueue(throttled("Fri, 01 Mar 2024 10:00:07 GMT"));
        server.enqueue(ok());

        transport().send(get());

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aThrottledCallWithoutRetryAfterBacksOffWithinTheJitteredBound() {
        server.enqueue(status(429, THROTTLED));
        server.enqueue(ok());

        transport().send(get());

        // ceiling after the first attempt = base 500 ms; the jitter drew 0.5 of it
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250));
        assertThat(stats.snapshot().throttled429()).isEqualTo(1);
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackOffUntilTheCallSucceeds() {
        server.enqueue(status(500, "{\"errors\":\"Internal Server Error\"}"));
        server.enqueue(status(502, "{\"errors\":\"Bad Gateway\"}"));
        server.enqueue(status(503, "{\"errors\":\"Service Unavailable\"}"));
        server.enqueue(ok());

        assertThat(transport().send(get()).status()).isEqualTo(200);

        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(stats.snapshot()).isEqualTo(new TransportStats.Snapshot(4, 3, 0, 3, 0, 0, 1750));
    }

    @Test
    void aServiceUnavailableWithRetryAfterIsWaitedAsAsked() {
        server.enqueue(new MockResponse.Builder(status(503, "{\"errors\":\"Service Unavailable\"}"))
                .setHeader("Retry-After", "3").build());
        server.enqueue(ok());

        transport().send(get());

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void aWaitLongerThanTheLongestAllowedIsCut() {
        server.enqueue(throttled("3600"));
        server.enqueue(ok());

        transport().send(get());

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void aConnectionResetBeforeTheAnswerIsRetried() {
        server.enqueue(new MockResponse.Builder(ok()).onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(ok());

        assertThat(transport().send(get()).body()).isEqualTo(OK_BODY);

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(stats.snapshot().networkFaults()).isEqualTo(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void aReadTimeoutInTheMiddleOfTheBodyIsRetried() {
        String slowBody = "{\"orders\":[" + "{\"id\":1},".repeat(20) + "{\"id\":2}]}";
        server.enqueue(new MockResponse.Builder(status(200, slowBody)).throttleBody(16, 2, TimeUnit.SECONDS).build());
        server.enqueue(ok());

        RemoteHttp remote = transport(new OkHttpTransport(Duration.ofSeconds(2), Duration.ofMillis(200)));

        assertThat(remote.send(get()).body()).isEqualTo(OK_BODY);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(stats.snapshot().networkFaults()).isEqualTo(1);
        assertThat(stats.snapshot().retries()).isEqualTo(1);
    }

    @Test
    void aBodyCutShortOfItsContentLengthIsRetried() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"orders\":[{\"id\":45").setHeader("Content-Length", 200)
                .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(ok());

        assertThat(transport().send(get()).body()).isEqualTo(OK_BODY);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(stats.snapshot().networkFaults()).isEqualTo(1);
    }

    @Test
    void anHtmlPageWithStatus200IsABadResponseAndNotRetried() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
                .body("<html><head><title>Site under maintenance</title></head><body>Back soon</body></html>").build());

        assertThatThrownBy(() -> transport().send(get())).isInstanceOfSatisfying(RemoteFault.class, f -> {
            assertThat(f.kind()).isEqualTo(RemoteFault.Kind.BAD_RESPONSE);
            assertThat(f.remoteMessage()).contains("Site under maintenance");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void anHtmlBadGatewayPageIsRetriedAndReportedWithItsTitle() {
        MockResponse badGateway = new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                .body("<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>")
                .build();
        for (int i = 0; i < 5; i++) {
            server.enqueue(badGateway);
        }

        assertThatThrownBy(() -> transport().send(get())).isInstanceOfSatisfying(RemoteFault.class, f -> {
            assertThat(f.kind()).isEqualTo(RemoteFault.Kind.SERVER);
            assertThat(f.status()).isEqualTo(502);
            assertThat(f.remoteMessage()).isEqualTo("502 Bad Gateway (gave up after 5 attempts)");
        });
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void wrongCredentialsAreAnAuthFaultAfterExactlyOneRequest() {
        server.enqueue(status(401, "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}"));

        assertThatThrownBy(() -> transport().send(get())).isInstanceOfSatisfying(RemoteFault.class, f -> {
            assertThat(f.kind()).isEqualTo(RemoteFault.Kind.AUTH);
            assertThat(f.remoteMessage())
                    .isEqualTo("[API] Invalid API key or access token (unrecognized login or wrong password)");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aRefusalOfTheRequestItselfIsNotRetried() {
        server.enqueue(status(422, "{\"errors\":\"Inventory item does not have inventory tracking enabled\"}"));

        assertThatThrownBy(() -> transport().send(get())).isInstanceOfSatisfying(RemoteFault.class,
                f -> assertThat(f.kind()).isEqualTo(RemoteFault.Kind.REJECTED));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void whenTheAttemptsRunOutTheLastFaultNamesHowManyWereMade() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(status(500, "{\"errors\":\"Internal Server Error\"}"));
        }

        assertThatThrownBy(() -> transport().send(get())).isInstanceOfSatisfying(RemoteFault.class, f -> {
            assertThat(f.kind()).isEqualTo(RemoteFault.Kind.SERVER);
            assertThat(f.getMessage()).isEqualTo("SERVER (HTTP 500): Internal Server Error (gave up after 5 attempts)");
        });
        assertThat(server.getRequestCount()).isEqualTo(5);
        // 250 + 500 + 1000 + 2000 ms: half of each ceiling, none after the last attempt
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500),
                Duration.ofMillis(1000), Duration.ofMillis(2000));
        assertThat(stats.snapshot()).isEqualTo(new TransportStats.Snapshot(5, 4, 0, 5, 0, 0, 3750));
    }

    @Test
    void aPostWithoutIdempotencyKeyIsNotRepeatedAfterAServerError() {
        server.enqueue(status(500, "{\"errors\":\"Internal Server Error\"}"));
        server.enqueue(ok());

        assertThatThrownBy(() -> transport().send(post(Map.of()))).isInstanceOfSatisfying(RemoteFault.class,
                f -> assertThat(f.kind()).isEqualTo(RemoteFault.Kind.SERVER));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aPostWithoutIdempotencyKeyIsRepeatedAfterA429BecauseTheRemoteDidNotDoIt() {
        server.enqueue(throttled("1"));
        server.enqueue(ok());

        assertThat(transport().send(post(Map.of())).status()).isEqualTo(200);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aPostWithIdempotencyKeyIsRepeatedAfterAServerErrorWithTheSameKey() throws InterruptedException {
        server.enqueue(status(500, "{\"errors\":\"Internal Server Error\"}"));
        server.enqueue(ok());

        assertThat(transport().send(post(Map.of("Idempotency-Key", "stock-7-42"))).status()).isEqualTo(200);

        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(first.getHeaders().get("Idempotency-Key")).isEqualTo("stock-7-42");
        assertThat(second.getHeaders().get("Idempotency-Key")).isEqualTo("stock-7-42");
        assertThat(second.getBody().utf8()).isEqualTo(first.getBody().utf8()).contains("\"available\":7");
    }

    @Test
    void aPostToARemoteThatRefusesTheConnectionIsRetriedBecauseItNeverLeft() {
        String url = server.url("/wp-json/wc/v3/products/batch").toString();
        server.close();

        assertThatThrownBy(() -> transport().send(RemoteHttp.Request.post(url, Map.of(), "{}")))
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.NETWORK);
                    assertThat(f.remoteMessage()).startsWith("ConnectException").endsWith("(gave up after 5 attempts)");
                });
        assertThat(stats.snapshot().networkFaults()).isEqualTo(5);
    }

    @Test
    void anInterruptedWaitEndsTheCallAndKeepsTheInterrupt() {
        server.enqueue(status(503, "{\"errors\":\"Service Unavailable\"}"));
        RemoteHttp remote = SyncTransports.builder(RateLimit.NONE, stats).clock(time).random(HALF)
                .sleeper(d -> {
                    throw new InterruptedException();
                }).build();
        try {
            assertThatThrownBy(() -> remote.send(get())).isInstanceOfSatisfying(RemoteFault.class, f -> {
                assertThat(f.kind()).isEqualTo(RemoteFault.Kind.NETWORK);
                assertThat(f.remoteMessage()).isEqualTo("interrupted while waiting to call the remote");
            });
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aHeadRequestGoesWithoutABody() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").build());

        assertThat(transport().send(new RemoteHttp.Request("HEAD", server.url(ORDERS).toString(), Map.of(), null))
                .status()).isEqualTo(200);
    }

    @Test
    void eachRetryWritesOneLineNamingTheCallTheAnswerTheWaitAndTheAttempt() {
        Logger logger = (Logger) LoggerFactory.getLogger(RetryingTransport.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            server.enqueue(throttled("2.0"));
            server.enqueue(ok());
            transport().send(RemoteHttp.Request.get(server.url(ORDERS + "?limit=250&page_info=abc").toString(),
                    Map.of()));
        } finally {
            logger.detachAppender(lines);
        }
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "GET /admin/api/2024-01/orders.json answered 429; waiting 2.0 s (Retry-After) before attempt 2 of 5");
    }

    private RemoteHttp.Request post(Map<String, String> headers) {
        return RemoteHttp.Request.post(server.url("/admin/api/2024-01/inventory_levels/set.json").toString(), headers,
                "{\"location_id\":655441491,\"inventory_item_id\":808950810,\"available\":7}");
    }
}

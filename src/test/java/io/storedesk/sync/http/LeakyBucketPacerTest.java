package io.storedesk.sync.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.sync.RateLimit;
import io.storedesk.sync.RemoteHttp;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** The local estimate of the remote's bucket, with a clock that moves only when the pacer waits. */
class LeakyBucketPacerTest {

    private static final String USAGE = "X-Shopify-Shop-Api-Call-Limit";
    /** The benchmark bucket: 40 calls, 20 leak out per second, so one call frees every 50 ms. */
    private static final RateLimit FAST_BUCKET = new RateLimit(40, 20, USAGE);
    /** Shopify's standard plan: 40 calls, 2 per second. */
    private static final RateLimit STANDARD_PLAN = new RateLimit(40, 2, USAGE);

    private final FakeTime time = new FakeTime();
    private final TransportStats stats = new TransportStats();

    private LeakyBucketPacer pacer(RateLimit limit) {
        return new LeakyBucketPacer(limit, time, time, stats);
    }

    private static RemoteHttp.Response answer(int status, String usage) {
        return new RemoteHttp.Response(status, usage == null ? Map.of() : Map.of(USAGE.toLowerCase(), List.of(usage)),
                "{}");
    }

    /** One call answered without a usage header. */
    private static void call(LeakyBucketPacer pacer) throws InterruptedException {
        pacer.answered(pacer.acquire(), answer(200, null));
    }

    @Test
    void aFullBucketOfCallsGoesAtOnceAndTheNextWaitsForOneToLeak() throws InterruptedException {
        LeakyBucketPacer pacer = pacer(FAST_BUCKET);
        for (int i = 0; i < 40; i++) {
            call(pacer);
        }
        assertThat(time.sleeps()).isEmpty();

        call(pacer);

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(50));
        assertThat(stats.snapshot().pacingWaitMillis()).isEqualTo(50);
    }

    @Test
    void afterTheBurstCallsGoAtTheLeakRate() throws InterruptedException {
        LeakyBucketPacer pacer = pacer(STANDARD_PLAN);
        for (int i = 0; i < 43; i++) {
            call(pacer);
        }
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(500));
    }

    @Test
    void theEstimateDrainsWithTime() throws InterruptedException {
        LeakyBucketPacer pacer = pacer(STANDARD_PLAN);
        for (int i = 0; i < 10; i++) {
            call(pacer);
        }
        time.advance(Duration.ofSeconds(3));

        assertThat(pacer.level()).isEqualTo(4.0);
    }

    @Test
    void aCallOnItsWayDoesNotLeakBeforeItsAnswerIsBack() throws InterruptedException {
        LeakyBucketPacer pacer = pacer(STANDARD_PLAN);
        long slow = pacer.acquire();
        for (int i = 0; i < 3; i++) {
            call(pacer);
        }
        time.advance(Duration.ofSeconds(1));

        // the 3 answered calls drained 2; the one still on its way has not reached the server's bucket
        assertThat(pacer.level()).isEqualTo(2.0);

        pacer.answered(slow, answer(200, null));
        time.advance(Duration.ofSeconds(1));
        assertThat(pacer.level()).isEqualTo(0.0);
    }

    @Test
    void aCallThatGotNoAnswerStaysCounted() throws InterruptedException {
        LeakyBucketPacer pacer = pacer(STANDARD_PLAN);

        pacer.unanswered(pacer.acquire());

        assertThat(pacer.level()).isEqualTo(1.0);
    }

    @Test
    void aReadingOf39Of40MakesTheNextCallWait() throws InterruptedException {
        LeakyBucketPacer pacer = pacer(STANDARD_PLAN);
        long ticket = pacer.acquire();

        pacer.answered(ticket, answer(200, "39/40"));
        pacer.acquire();

        // 39 read + 1 margin = 40 = full: one call must leak out first, 1/2 s
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void theServersReadingWinsOverTheLocalEstimate() throws InterruptedException {
        LeakyBucketPacer pacer = pacer(STANDARD_PLAN);
        for (int i = 0; i < 29; i++) {
            pacer.answered(pacer.acquire(), answer(200, null));
        }
        assertThat(pacer.level()).isEqualTo(29.0);

        pacer.answered(pacer.acquire(), answer(200, "5/40"));

        assertThat(pacer.level()).isEqualTo(6.0);
    }

    @Test
    void aMaxOf80InTheHeaderWidensTheBucket() throws InterruptedException {
        LeakyBucketPacer pacer = pacer(STANDARD_PLAN);
        long first = pacer.acquire();
        pacer.answered(first, answer(200, "1/80"));

        // level 2 (1 read + 1 margin): 78 more fit
        for (int i = 0; i < 78; i++) {
            call(pacer);
        }
        assertThat(pacer.capacity()).isEqualTo(80.0);
        assertThat(time.sleeps()).isEmpty();

        call(pacer);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void callsStillOnTheirWayAreAddedToAReading() throws InterruptedException {
        LeakyBucketPacer pacer = pacer(STANDARD_PLAN);
        long first = pacer.acquire();
        pacer.acquire();
        pacer.acquire();

        pacer.answered(first, answer(200, "1/40"));

        assertThat(pacer.level()).isEqualTo(4.0);
    }

    @Test
    void callsAnsweredWhileAReadingWasOnItsWayAreAddedToIt() throws InterruptedException {
        LeakyBucketPacer pacer = pacer(STANDARD_PLAN);
        long slow = pacer.acquire();
        long quick = pacer.acquire();

        // the server may have taken the quick call after it read the bucket for the slow one
        pacer.answered(quick, answer(200, "3/40"));
        pacer.answered(slow, answer(200, "2/40"));

        // 2 read + 1 margin + the quick call
        assertThat(pacer.level()).isEqualTo(4.0);
    }

    @Test
    void a429WithoutAReadingMarksTheBucketFull() throws InterruptedException {
        LeakyBucketPacer pacer = pacer(STANDARD_PLAN);
        long ticket = pacer.acquire();

        pacer.answered(ticket, answer(429, null));
        pacer.acquire();

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void anUnreadableReadingLeavesTheEstimateAlone() throws InterruptedException {
        LeakyBucketPacer pacer = pacer(STANDARD_PLAN);
        long ticket = pacer.acquire();

        pacer.answered(ticket, answer(200, "lots"));

        assertThat(pacer.level()).isEqualTo(1.0);
        assertThat(pacer.capacity()).isEqualTo(40.0);
    }

    @Test
    void anUnpacedRemoteNeverWaits() throws InterruptedException {
        LeakyBucketPacer pacer = pacer(RateLimit.NONE);
        for (int i = 0; i < 1_000; i++) {
            pacer.answered(pacer.acquire(), answer(429, null));
        }
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void theTransportPacesByTheUsageHeaderItReceives() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(200).setHeader(USAGE, "39/40").body("{}").build());
            server.enqueue(new MockResponse.Builder().code(200).setHeader(USAGE, "39/40").body("{}").build());
            server.start();
            RemoteHttp remote = SyncTransports.builder(STANDARD_PLAN, stats).clock(time).sleeper(time).build();
            RemoteHttp.Request request = RemoteHttp.Request.get(server.url("/admin/api/2024-01/shop.json").toString(),
                    Map.of());

            remote.send(request);
            remote.send(request);

            assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
            assertThat(stats.snapshot().pacingWaitMillis()).isEqualTo(500);
            assertThat(stats.snapshot().requests()).isEqualTo(2);
        }
    }
}

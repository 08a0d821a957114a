package io.storedesk.sync.http;

import io.storedesk.sync.RateLimit;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A remote that meters calls as Shopify does (loopback, real time): a bucket of bucketSize calls that leaks
 * leakPerSecond; a call that would overflow it is answered 429 with Retry-After (the seconds until one call
 * fits) and is not counted; a call that fits gets the answer of the given function, with the usage header
 * "used/max" added. used is rounded down, as a whole-call reading of a continuously draining bucket may be:
 * the harsher case for a client. Serve it with {@link #start()} when timing matters.
 *
 * <pre>{@code
 * LeakyBucketRemote remote = new LeakyBucketRemote(40, 20, request -> ordersPage(request));
 * try (MockWebServer server = remote.start()) {
 *     RemoteHttp http = SyncTransports.create(remote.rateLimit(), stats);
 *     ...
 *     assertThat(remote.throttled()).isZero();
 * }
 * }</pre>
 */
public final class LeakyBucketRemote extends Dispatcher {

    public static final String SHOPIFY_USAGE_HEADER = "X-Shopify-Shop-Api-Call-Limit";
    private static final String THROTTLED = "{\"errors\":\"Exceeded 2 calls per second for api client."
            + " Reduce request rates to resume uninterrupted service.\"}";

    private final int bucketSize;
    private final double leakPerSecond;
    private final String usageHeader;
    private final Function<RecordedRequest, MockResponse> answers;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();

    private double level;
    private long levelAtNanos = System.nanoTime();

    public LeakyBucketRemote(int bucketSize, double leakPerSecond, String usageHeader,
            Function<RecordedRequest, MockResponse> answers) {
        if (bucketSize < 1 || !(leakPerSecond > 0)) {
            throw new IllegalArgumentException("bucket " + bucketSize + " leaking " + leakPerSecond + "/s");
        }
        this.bucketSize = bucketSize;
        this.leakPerSecond = leakPerSecond;
        this.usageHeader = usageHeader;
        this.answers = answers;
    }

    /** With Shopify's usage header. */
    public LeakyBucketRemote(int bucketSize, double leakPerSecond, Function<RecordedRequest, MockResponse> answers) {
        this(bucketSize, leakPerSecond, SHOPIFY_USAGE_HEADER, answers);
    }

    /** A started loopback server answering as this remote, without Nagle's delay on its connections. */
    public MockWebServer start() throws IOException {
        MockWebServer server = new MockWebServer();
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        server.setDispatcher(this);
        server.start();
        return server;
    }

    /** The rate limit a client should be configured with for this remote. */
    public RateLimit rateLimit() {
        return new RateLimit(bucketSize, leakPerSecond, usageHeader);
    }

    /** The least time the given number of calls can take: a full bucket at once, the rest at the leak rate. */
    public Duration theoreticalMinimum(int calls) {
        return Duration.ofNanos((long) (Math.max(0, calls - bucketSize) / leakPerSecond * 1e9));
    }

    public long accepted() {
        return accepted.get();
    }

    /** Calls answered 429. */
    public long throttled() {
        return throttled.get();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        int used;
        synchronized (this) {
            long now = System.nanoTime();
            level = Math.max(0, level - (now - levelAtNanos) / 1e9 * leakPerSecond);
            levelAtNanos = now;
            if (level + 1 > bucketSize) {
                throttled.incrementAndGet();
                BigDecimal wait = BigDecimal.valueOf((level + 1 - bucketSize) / leakPerSecond)
                        .setScale(3, RoundingMode.CEILING);
                return new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
                        .setHeader("Retry-After", wait.toPlainString())
                        .setHeader(usageHeader, bucketSize + "/" + bucketSize).body(THROTTLED).build();
            }
            level += 1;
            used = (int) Math.floor(level);
        }
        accepted.incrementAndGet();
        return new MockResponse.Builder(answers.apply(request)).setHeader(usageHeader, used + "/" + bucketSize).build();
    }
}

package io.storedesk.sync.shopify;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Shopify's leaky bucket in front of a fake store: each call fills one unit, the bucket drains leakPerSecond
 * units a second, a call that would overflow it is answered 429 with Retry-After, and every answer reports
 * X-Shopify-Shop-Api-Call-Limit: used/size. (A stand-in for the transport helper's LeakyBucketRemote, for the
 * benchmark until that is merged.)
 */
public final class ShopifyLeakyBucket extends Dispatcher {

    private final Dispatcher store;
    private final int size;
    private final double leakPerSecond;
    private final LongSupplier nanoTime;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private double level;
    private long leakedAt;

    public ShopifyLeakyBucket(Dispatcher store, int size, double leakPerSecond, LongSupplier nanoTime) {
        this.store = store;
        this.size = size;
        this.leakPerSecond = leakPerSecond;
        this.nanoTime = nanoTime;
        this.leakedAt = nanoTime.getAsLong();
    }

    public ShopifyLeakyBucket(Dispatcher store, int size, double leakPerSecond) {
        this(store, size, leakPerSecond, System::nanoTime);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        calls.incrementAndGet();
        String used;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            level = Math.max(0, level - (now - leakedAt) / 1e9 * leakPerSecond);
            leakedAt = now;
            if (level + 1 > size) {
                refused.incrementAndGet();
                double wait = (level + 1 - size) / leakPerSecond;
                return new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json; charset=utf-8")
                        .setHeader("Retry-After", String.format(Locale.ROOT, "%.1f", Math.max(wait, 0.1)))
                        .setHeader(ShopifyRestApi.CALL_LIMIT_HEADER, size + "/" + size)
                        .body("{\"errors\":\"Exceeded " + leakPerSecond + " calls per second for api client. Reduce"
                                + " request rates to resume uninterrupted service.\"}").build();
            }
            level += 1;
            used = (int) Math.ceil(level) + "/" + size;
        }
        return new MockResponse.Builder(store.dispatch(request)).setHeader(ShopifyRestApi.CALL_LIMIT_HEADER, used).build();
    }

    /** Calls answered, refused ones included. */
    public int calls() {
        return calls.get();
    }

    /** Calls answered 429. */
    public int refused() {
        return refused.get();
    }
}

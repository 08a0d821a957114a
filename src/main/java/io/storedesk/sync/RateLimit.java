package io.storedesk.sync;

/**
 * A remote's published call budget, used by the transport to pace calls before the remote refuses them.
 * bucketSize = calls that may be made at once, leakPerSecond = calls the bucket regains per second, and
 * usageHeader = the response header that reports "used/max" (Shopify: X-Shopify-Shop-Api-Call-Limit), null
 * when the remote does not report it. bucketSize 0 = no pacing.
 */
public record RateLimit(int bucketSize, double leakPerSecond, String usageHeader) {

    public static final RateLimit NONE = new RateLimit(0, 0, null);

    public boolean paced() {
        return bucketSize > 0;
    }
}

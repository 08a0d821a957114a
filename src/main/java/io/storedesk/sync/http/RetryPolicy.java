package io.storedesk.sync.http;

import java.time.Duration;

/**
 * How often and how patiently a call is tried: maxAttempts counts the first try; the back-off before attempt
 * n+1 is a random wait in [0, min(cap, base * 2^(n-1))) ("full jitter", so clients that failed together do
 * not come back together); longestWait caps any single wait, also one a remote asks for in Retry-After.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap, Duration longestWait) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (base.isNegative() || cap.isNegative() || longestWait.isNegative()) {
            throw new IllegalArgumentException("waits cannot be negative");
        }
    }

    /** With the longest single wait of one minute. */
    public RetryPolicy(int maxAttempts, Duration base, Duration cap) {
        this(maxAttempts, base, cap, Duration.ofSeconds(60));
    }

    /** The upper bound of the jittered wait after the given failed attempt (1 = the first try failed). */
    Duration backOffCeiling(int failedAttempt) {
        int doublings = Math.min(Math.max(failedAttempt - 1, 0), 30);
        long nanos = base.toNanos();
        long ceiling = nanos > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : nanos << doublings;
        return Duration.ofNanos(Math.min(ceiling, cap.toNanos()));
    }
}

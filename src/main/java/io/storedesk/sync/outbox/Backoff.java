package io.storedesk.sync.outbox;

import java.time.Duration;

/** How long a row waits after a failed attempt: 1 minute, doubling each attempt, at most an hour. */
public final class Backoff {

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration MOST = Duration.ofHours(1);

    private Backoff() {
    }

    /** attempts = the attempts made so far, counting the one that just failed (1 or more). */
    public static Duration after(int attempts) {
        int doublings = Math.min(Math.max(attempts, 1) - 1, 10);
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(MOST) > 0 ? MOST : wait;
    }
}

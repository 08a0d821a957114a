package io.storedesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When the desk has been left alone long enough to lock. The window touches it on every key and mouse input and
 * asks it now and then; the clock is injected so the rule is tested without waiting.
 */
public final class IdleTimer {

    private final Clock clock;
    private volatile Duration timeout;
    private volatile Instant lastInput;

    public IdleTimer(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
        this.lastInput = clock.instant();
    }

    /** Someone used the desk just now. */
    public void touch() {
        lastInput = clock.instant();
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /** True once no input came for the whole timeout (a zero or negative timeout never locks). */
    public boolean isIdle() {
        Duration limit = timeout;
        if (limit.isZero() || limit.isNegative()) {
            return false;
        }
        return !clock.instant().isBefore(lastInput.plus(limit));
    }
}

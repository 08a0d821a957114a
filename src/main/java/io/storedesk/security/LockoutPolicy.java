package io.storedesk.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Back-off after wrong passwords: the fifth wrong one in a row locks the account for a minute, every further one
 * doubles the lock, up to an hour. A right password resets the count.
 */
public record LockoutPolicy(int freeAttempts, Duration firstLock, Duration longestLock) {

    public static final LockoutPolicy STANDARD = new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1));

    /** How long to lock after this many wrong passwords in a row; empty while still under the limit. */
    public Optional<Duration> lockAfter(int failuresInARow) {
        if (failuresInARow < freeAttempts) {
            return Optional.empty();
        }
        int doublings = failuresInARow - freeAttempts;
        // Past 2^12 minutes any cap in hours is reached; stop shifting before the long overflows.
        if (doublings > 12) {
            return Optional.of(longestLock);
        }
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return Optional.of(lock.compareTo(longestLock) > 0 ? longestLock : lock);
    }

    /** Until when the account is locked after this many failures at the given moment (empty = not locked). */
    public Optional<Instant> lockedUntil(int failuresInARow, Instant now) {
        return lockAfter(failuresInARow).map(now::plus);
    }
}

package io.storedesk.sync.http;

import io.storedesk.sync.RateLimit;
import io.storedesk.sync.RemoteHttp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps calls inside a remote's leaky bucket (Shopify: 40 calls, 2 leak out per second) so that it never has
 * to refuse one: a local estimate of the bucket's level drains with time, a call that would overflow it waits
 * until it fits, and every answer that reports "used/max" corrects the estimate (the server's reading wins,
 * its max replaces the configured size). A burst of a full bucket goes at once; after that calls go at the
 * leak rate.
 *
 * <p>The margin: the server reports whole calls while its bucket drains continuously, so "39/40" may be 39.9;
 * a reading is taken as one call more than it says. The estimate is also kept high on purpose elsewhere: a
 * reading is dated when it arrives, not when the server took it (so the drain in between is not credited),
 * and calls still on their way are added on top of it, since the reading may not count them yet. A reading
 * from a call older than the last one applied is ignored: it describes an earlier state of the bucket.
 *
 * <p>Thread-safe: the reservation is synchronised, the waiting is not, so one thread's wait never blocks
 * another from reserving or from applying a reading.
 */
final class LeakyBucketPacer {

    private static final Logger LOG = LoggerFactory.getLogger(LeakyBucketPacer.class);
    private static final Pattern USED_OF_MAX = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");
    private static final double READING_MARGIN = 1.0;
    private static final double TOLERANCE = 1e-9;

    private final boolean paced;
    private final double leakPerSecond;
    private final String usageHeader;
    private final Clock clock;
    private final Sleeper sleeper;
    private final TransportStats stats;

    private double capacity;
    private double level;
    private Instant levelAt;
    private long lastTicket;
    private long newestReading;
    private final Set<Long> inFlight = new HashSet<>();

    LeakyBucketPacer(RateLimit rateLimit, Clock clock, Sleeper sleeper, TransportStats stats) {
        this.paced = rateLimit.paced();
        if (paced && !(rateLimit.leakPerSecond() > 0)) {
            throw new IllegalArgumentException("a paced rate limit needs a positive leak rate: " + rateLimit);
        }
        this.leakPerSecond = rateLimit.leakPerSecond();
        this.usageHeader = rateLimit.usageHeader();
        this.capacity = rateLimit.bucketSize();
        this.clock = clock;
        this.sleeper = sleeper;
        this.stats = stats;
        this.levelAt = clock.instant();
    }

    /** Waits until one more call fits in the bucket and counts it; the ticket goes back with its answer. */
    long acquire() throws InterruptedException {
        while (true) {
            Duration wait;
            double seen;
            synchronized (this) {
                if (!paced) {
                    return ++lastTicket;
                }
                drain();
                if (level + 1 <= capacity + TOLERANCE) {
                    level += 1;
                    inFlight.add(++lastTicket);
                    return lastTicket;
                }
                seen = level;
                wait = Duration.ofNanos((long) Math.ceil((level + 1 - capacity) / leakPerSecond * 1e9));
            }
            LOG.debug("bucket estimated at {} calls; waiting {} before the next call", seen, wait);
            sleeper.sleep(wait);
            stats.paced(wait);
        }
    }

    /** The call got an answer: correct the estimate from its usage header, or mark the bucket full on a 429. */
    synchronized void answered(long ticket, RemoteHttp.Response answer) {
        if (!paced) {
            return;
        }
        inFlight.remove(ticket);
        Matcher reading = usageHeader == null ? null : matchUsage(answer.header(usageHeader));
        if (reading != null) {
            int max = Integer.parseInt(reading.group(2));
            if (max > 0) {
                capacity = max;
            }
            if (ticket > newestReading) {
                newestReading = ticket;
                levelAt = clock.instant();
                level = Integer.parseInt(reading.group(1)) + READING_MARGIN + inFlight.size();
            }
        } else if (answer.status() == 429) {
            drain();
            level = Math.max(level, capacity);
        }
    }

    /** The call got no answer: it may or may not have counted, so the estimate keeps it. */
    synchronized void unanswered(long ticket) {
        inFlight.remove(ticket);
    }

    /** The estimated level now (for tests and logs). */
    synchronized double level() {
        drain();
        return level;
    }

    synchronized double capacity() {
        return capacity;
    }

    private void drain() {
        Instant now = clock.instant();
        if (now.isAfter(levelAt)) {
            double seconds = Duration.between(levelAt, now).toNanos() / 1e9;
            level = Math.max(0, level - seconds * leakPerSecond);
            levelAt = now;
        }
    }

    private static Matcher matchUsage(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = USED_OF_MAX.matcher(value);
        if (m.matches()) {
            return m;
        }
        LOG.debug("ignoring an unreadable usage header: {}", value);
        return null;
    }
}

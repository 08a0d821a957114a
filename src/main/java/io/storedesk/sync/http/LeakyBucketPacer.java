package io.storedesk.sync.http;

import io.storedesk.sync.RateLimit;
import io.storedesk.sync.RemoteHttp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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
 * <p>The estimate is kept high on purpose, because the price of a guess too low is a refused call. A call
 * counts from the moment it is let go, but it only starts to drain when its answer is back: until the server
 * has it, it is not in the server's bucket to leak out (a thread let go and then descheduled would otherwise
 * have leaked before it arrived). A reading is dated when it arrives, not when the server took it, so the
 * drain in between is not credited. A reading may miss calls the server took after it: those are either
 * still on their way (counted on top of every reading) or were answered while the reading's call was out
 * (added to it), since answers can come back in another order than the server took the calls. And the
 * margin: the server reports whole calls while its bucket drains continuously, so "39/40" may be 39.9; a
 * reading is taken as one call more than it says.
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
    /** Calls answered (or given up on) that the estimate still holds; they drain with time. */
    private double settled;
    private Instant settledAt;
    private long lastTicket;
    /** Calls answered so far, so that a reading knows how many were answered while its call was out. */
    private long answeredCount;
    /** The calls let go and not yet answered: ticket to answeredCount when it was let go. */
    private final Map<Long, Long> inFlight = new HashMap<>();

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
        this.settledAt = clock.instant();
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
                seen = settled + inFlight.size();
                if (seen + 1 <= capacity + TOLERANCE) {
                    inFlight.put(++lastTicket, answeredCount);
                    return lastTicket;
                }
                wait = Duration.ofNanos((long) Math.ceil((seen + 1 - capacity) / leakPerSecond * 1e9));
            }
            LOG.debug("bucket estimated at {} calls; waiting {} before the next call", seen, wait);
            sleeper.sleep(wait);
            stats.paced(wait);
        }
    }

    /** The call got an answer: correct the estimate from its usage header, or mark the bucket full on a 429. */
    synchronized void answered(long ticket, RemoteHttp.Response answer) {
        Long answeredWhenLetGo = inFlight.remove(ticket);
        if (answeredWhenLetGo == null) {
            return;
        }
        long answeredMeanwhile = answeredCount - answeredWhenLetGo;
        answeredCount++;
        drain();
        Matcher reading = usageHeader == null ? null : matchUsage(answer.header(usageHeader));
        if (reading != null) {
            int max = Integer.parseInt(reading.group(2));
            if (max > 0) {
                capacity = max;
            }
            settled = Integer.parseInt(reading.group(1)) + READING_MARGIN + answeredMeanwhile;
        } else if (answer.status() == 429) {
            settled = Math.max(settled, capacity);
        } else {
            settled += 1;
        }
    }

    /** The call got no answer: it may or may not have counted, so the estimate keeps it. */
    synchronized void unanswered(long ticket) {
        if (inFlight.remove(ticket) != null) {
            answeredCount++;
            drain();
            settled += 1;
        }
    }

    /** The estimated level now (for tests and logs). */
    synchronized double level() {
        drain();
        return settled + inFlight.size();
    }

    synchronized double capacity() {
        return capacity;
    }

    private void drain() {
        Instant now = clock.instant();
        if (now.isAfter(settledAt)) {
            double seconds = Duration.between(settledAt, now).toNanos() / 1e9;
            settled = Math.max(0, settled - seconds * leakPerSecond);
            settledAt = now;
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

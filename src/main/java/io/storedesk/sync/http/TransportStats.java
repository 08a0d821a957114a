package io.storedesk.sync.http;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a transport did, counted as it happens (safe to share between threads): the engine takes a
 * {@link #snapshot()} for a run's sync log and the CLI's JSON.
 */
public final class TransportStats {

    private final LongAdder requests = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder throttled429 = new LongAdder();
    private final LongAdder serverErrors = new LongAdder();
    private final LongAdder networkFaults = new LongAdder();
    private final LongAdder pacingWaitNanos = new LongAdder();
    private final LongAdder backOffWaitNanos = new LongAdder();

    /**
     * requests = exchanges attempted (retries included); retries = attempts after the first; throttled429 =
     * answers 429; serverErrors = answers 5xx; networkFaults = exchanges without a complete answer;
     * pacingWaitMillis = time spent waiting for the rate-limit bucket to drain before a call;
     * backOffWaitMillis = time spent waiting before retries (back-off and Retry-After).
     */
    public record Snapshot(long requests, long retries, long throttled429, long serverErrors, long networkFaults,
            long pacingWaitMillis, long backOffWaitMillis) {

        public static final Snapshot ZERO = new Snapshot(0, 0, 0, 0, 0, 0, 0);

        /** What happened since an earlier snapshot of the same stats (for one run of a long-lived transport). */
        public Snapshot minus(Snapshot earlier) {
            return new Snapshot(requests - earlier.requests, retries - earlier.retries,
                    throttled429 - earlier.throttled429, serverErrors - earlier.serverErrors,
                    networkFaults - earlier.networkFaults, pacingWaitMillis - earlier.pacingWaitMillis,
                    backOffWaitMillis - earlier.backOffWaitMillis);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(requests.sum(), retries.sum(), throttled429.sum(), serverErrors.sum(),
                networkFaults.sum(), pacingWaitNanos.sum() / 1_000_000, backOffWaitNanos.sum() / 1_000_000);
    }

    void request() {
        requests.increment();
    }

    void answered(int status) {
        if (status == 429) {
            throttled429.increment();
        } else if (status >= 500 && status < 600) {
            serverErrors.increment();
        }
    }

    void networkFault() {
        networkFaults.increment();
    }

    void retry(Duration waited) {
        retries.increment();
        backOffWaitNanos.add(waited.toNanos());
    }

    void paced(Duration waited) {
        pacingWaitNanos.add(waited.toNanos());
    }
}

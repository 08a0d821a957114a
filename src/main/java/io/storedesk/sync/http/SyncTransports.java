package io.storedesk.sync.http;

import io.storedesk.sync.RateLimit;
import io.storedesk.sync.RemoteHttp;
import java.time.Clock;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Makes the RemoteHttp the engine hands to an adapter: paced to the channel's rate limit, retrying, counting
 * into the given stats. Make one per channel and keep it for as long as calls go to that channel: the pacing
 * estimate lives in it, and two transports for one remote would each think they have the whole bucket.
 */
public final class SyncTransports {

    private SyncTransports() {
    }

    /** Real time, OkHttp with its default timeouts (connect 10 s, read 30 s) and {@link RetryPolicy#DEFAULT}. */
    public static RemoteHttp create(RateLimit rateLimit, TransportStats stats) {
        return builder(rateLimit, stats).build();
    }

    public static Builder builder(RateLimit rateLimit, TransportStats stats) {
        return new Builder(rateLimit, stats);
    }

    /** For tests and benchmarks: replace the clock, the sleeper, the jitter, the policy or the HTTP client. */
    public static final class Builder {

        private final RateLimit rateLimit;
        private final TransportStats stats;
        private OkHttpTransport http;
        private RetryPolicy policy = RetryPolicy.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.REAL;
        private RandomGenerator random;

        private Builder(RateLimit rateLimit, TransportStats stats) {
            this.rateLimit = rateLimit;
            this.stats = stats;
        }

        public Builder http(OkHttpTransport http) {
            this.http = http;
            return this;
        }

        public Builder policy(RetryPolicy policy) {
            this.policy = policy;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        public Builder random(RandomGenerator random) {
            this.random = random;
            return this;
        }

        public RetryingTransport build() {
            LeakyBucketPacer pacer = new LeakyBucketPacer(rateLimit, clock, sleeper, stats);
            return new RetryingTransport(http == null ? new OkHttpTransport() : http, policy, pacer, stats, clock,
                    sleeper, random == null ? new Random() : random);
        }
    }
}

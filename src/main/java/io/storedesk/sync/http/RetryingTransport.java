package io.storedesk.sync.http;

import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.RemoteHttp;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RemoteHttp the engine gives adapters: paces calls to the remote's bucket, retries what is worth
 * retrying and classifies the rest as {@link SyncTransport} does (a RemoteFault with the remote's words).
 *
 * <p>What is retried, and why it is safe:
 * <ul>
 * <li>429 (any method): the remote refused the call without doing it. Wait Retry-After (seconds, possibly
 * fractional, or an HTTP-date) when given, else back off.</li>
 * <li>500, 502, 503, 504 and network faults (refused, reset, timed out, body cut short): the remote may have
 * done the call, so only calls that are safe to repeat: GET, HEAD, PUT, DELETE, and a POST or PATCH that
 * carries an {@code Idempotency-Key} header (adapters add one to POSTs that set absolute values, such as
 * Shopify's inventory_levels/set or WooCommerce's batch stock update). A refused connection is retried for
 * any method: the request never left. A Retry-After on a 503 is honoured.</li>
 * <li>Never: 401/403 (credentials), other 4xx (the remote understood and refused), other 5xx, and a 2xx that
 * is not JSON (HTML from a proxy).</li>
 * </ul>
 * Back-off is exponential with full jitter ({@link RetryPolicy}); a single wait never exceeds the policy's
 * longest wait (a longer Retry-After is cut and the log says so). When the attempts run out the last fault
 * is thrown, its message naming how many attempts were made. Each retry writes one log line.
 */
public final class RetryingTransport implements RemoteHttp {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingTransport.class);
    private static final Set<String> REPEATABLE_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
    private static final Set<Integer> TRANSIENT_STATUSES = Set.of(500, 502, 503, 504);
    /** The header that makes a POST safe to repeat; adapters put a key on POSTs that set absolute values. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final OkHttpTransport http;
    private final RetryPolicy policy;
    private final LeakyBucketPacer pacer;
    private final TransportStats stats;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    RetryingTransport(OkHttpTransport http, RetryPolicy policy, LeakyBucketPacer pacer, TransportStats stats,
            Clock clock, Sleeper sleeper, RandomGenerator random) {
        this.http = http;
        this.policy = policy;
        this.pacer = pacer;
        this.stats = stats;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
    }

    @Override
    public Response send(Request request) {
        for (int attempt = 1; ; attempt++) {
            Response answer = null;
            RemoteFault fault = null;
            long ticket = await(pacer::acquire);
            stats.request();
            try {
                answer = http.exchange(request);
            } catch (RuntimeException noAnswer) {
                pacer.unanswered(ticket);
                if (!(noAnswer instanceof RemoteFault networkFault)) {
                    throw noAnswer;
                }
                stats.networkFault();
                fault = networkFault;
            }
            if (answer != null) {
                pacer.answered(ticket, answer);
                stats.answered(answer.status());
                try {
                    return SyncTransport.accept(answer);
                } catch (RemoteFault refused) {
                    fault = refused;
                }
            }
            Optional<Wait> wait = retryWait(request, answer, fault, attempt);
            if (wait.isEmpty() || Thread.currentThread().isInterrupted()) {
                throw fault;
            }
            if (attempt >= policy.maxAttempts()) {
                throw exhausted(fault, attempt);
            }
            LOG.warn("{} {} {}; waiting {} s ({}) before attempt {} of {}", request.method(), pathOf(request.url()),
                    answer == null ? "got no complete answer (" + fault.remoteMessage() + ")"
                            : "answered " + answer.status(),
                    seconds(wait.get().duration()), wait.get().reason(), attempt + 1, policy.maxAttempts());
            await(() -> {
                sleeper.sleep(wait.get().duration());
                return 0L;
            });
            stats.retry(wait.get().duration());
        }
    }

    private record Wait(Duration duration, String reason) {
    }

    /** How long to wait before trying again, or empty when this fault must not be retried. */
    private Optional<Wait> retryWait(Request request, Response answer, RemoteFault fault, int attempt) {
        boolean refusedUnprocessed = answer != null ? answer.status() == 429
                : fault.getCause() instanceof ConnectException;
        boolean transientFault = answer == null || TRANSIENT_STATUSES.contains(answer.status());
        if (!refusedUnprocessed && !(transientFault && repeatable(request))) {
            return Optional.empty();
        }
        Optional<Duration> asked = answer == null ? Optional.empty()
                : RetryAfter.parse(answer.header("Retry-After"), clock.instant());
        if (asked.isPresent()) {
            return Optional.of(capped(asked.get(), "Retry-After"));
        }
        Duration ceiling = policy.backOffCeiling(attempt);
        return Optional.of(capped(Duration.ofNanos((long) (ceiling.toNanos() * random.nextDouble())), "back-off"));
    }

    private Wait capped(Duration wait, String reason) {
        if (wait.compareTo(policy.longestWait()) > 0) {
            return new Wait(policy.longestWait(), reason + " " + seconds(wait) + " s, capped");
        }
        return new Wait(wait, reason);
    }

    /** Whether doing the call twice leaves the remote as doing it once. */
    static boolean repeatable(Request request) {
        String method = request.method().toUpperCase(Locale.ROOT);
        return REPEATABLE_METHODS.contains(method)
                || request.headers().keySet().stream().anyMatch(IDEMPOTENCY_KEY::equalsIgnoreCase);
    }

    private static RemoteFault exhausted(RemoteFault last, int attempts) {
        String words = last.remoteMessage() == null || last.remoteMessage().isBlank() ? ""
                : last.remoteMessage() + " ";
        return new RemoteFault(last.kind(), last.status(),
                words + "(gave up after " + attempts + (attempts == 1 ? " attempt)" : " attempts)"), last);
    }

    private interface Blocking {
        long run() throws InterruptedException;
    }

    /** Waiting is cancelled by interrupting the thread: the call ends as a NETWORK fault, interrupt kept. */
    private static long await(Blocking blocking) {
        try {
            return blocking.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteFault(RemoteFault.Kind.NETWORK, 0, "interrupted while waiting to call the remote", e);
        }
    }

    /** The path only: query strings can carry credentials (WooCommerce accepts its key and secret there). */
    static String pathOf(String url) {
        try {
            String path = URI.create(url).getRawPath();
            return path == null || path.isEmpty() ? "/" : path;
        } catch (IllegalArgumentException e) {
            return "(unreadable url)";
        }
    }

    /** 2000 ms as "2.0", 350 ms as "0.35". */
    static String seconds(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.toMillis()).movePointLeft(3).stripTrailingZeros();
        return seconds.scale() < 1 ? seconds.setScale(1).toPlainString() : seconds.toPlainString();
    }
}

package io.storedesk.sync.woocommerce;

import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.RemoteHttp;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the engine's retrying transport (being written in io.storedesk.sync.http) until it is merged:
 * tries a call again on a transient fault, at once (no back-off to wait through), but only a call that is safe to
 * repeat: GET and PUT, and POSTs that carry an Idempotency-Key. The lead re-points the retry tests at the real one.
 */
final class StandInRetryingHttp implements RemoteHttp {

    private final RemoteHttp once;
    private final int attempts;
    final AtomicInteger retries = new AtomicInteger();

    StandInRetryingHttp(RemoteHttp once, int attempts) {
        this.once = once;
        this.attempts = attempts;
    }

    @Override
    public Response send(Request request) {
        boolean repeatable = !"POST".equals(request.method()) || request.headers().containsKey("Idempotency-Key");
        for (int attempt = 1; ; attempt++) {
            try {
                return once.send(request);
            } catch (RemoteFault fault) {
                if (!fault.transientFault() || !repeatable || attempt >= attempts) {
                    throw fault;
                }
                retries.incrementAndGet();
            }
        }
    }
}

package io.storedesk.bench;

import io.storedesk.sync.RateLimit;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.RemoteHttp;
import java.util.concurrent.TimeUnit;

/**
 * A minimal client-side leaky bucket for the sync benchmark, standing in for the transport helper's pacing
 * transport (io.storedesk.sync.http) until it is merged: it waits before a call that would overflow the
 * remote's bucket (keeping one unit spare), takes the remote's own "used/max" header as the truth when it is
 * fuller than thought, and waits a second and tries again on a 429.
 */
final class PacedRemoteHttp implements RemoteHttp {

    private final RemoteHttp http;
    private final RateLimit limit;
    private double level;
    private long leakedAt = System.nanoTime();
    private int rateLimited;

    PacedRemoteHttp(RemoteHttp http, RateLimit limit) {
        this.http = http;
        this.limit = limit;
    }

    @Override
    public Response send(Request request) {
        while (true) {
            waitForRoom();
            try {
                Response response = http.send(request);
                readUsage(response.header(limit.usageHeader()));
                return response;
            } catch (RemoteFault f) {
                if (f.kind() != RemoteFault.Kind.RATE_LIMITED) {
                    throw f;
                }
                synchronized (this) {
                    rateLimited++;
                    level = limit.bucketSize();
                }
                sleep(TimeUnit.SECONDS.toNanos(1));
            }
        }
    }

    synchronized int rateLimited() {
        return rateLimited;
    }

    /** Holding the lock while waiting is the point: calls from several threads queue for the same bucket. */
    private synchronized void waitForRoom() {
        leak();
        double room = limit.bucketSize() - 1;
        if (level + 1 > room) {
            sleep((long) ((level + 1 - room) / limit.leakPerSecond() * 1e9));
            leak();
        }
        level += 1;
    }

    private void leak() {
        long now = System.nanoTime();
        level = Math.max(0, level - (now - leakedAt) / 1e9 * limit.leakPerSecond());
        leakedAt = now;
    }

    private synchronized void readUsage(String usage) {
        if (usage == null || !usage.contains("/")) {
            return;
        }
        try {
            level = Math.max(level, Double.parseDouble(usage.substring(0, usage.indexOf('/')).strip()));
        } catch (NumberFormatException e) {
            // a header we cannot read leaves the local estimate as it is
        }
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(Math.max(0, nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package io.storedesk.sync.engine;

import io.storedesk.sync.RateLimit;
import io.storedesk.sync.RemoteHttp;
import io.storedesk.sync.http.SyncTransports;
import io.storedesk.sync.http.TransportStats;

/** Makes the transport an adapter is opened with: the one place the paced, retrying transport plugs in. */
@FunctionalInterface
public interface SyncHttp {

    /** One transport per channel and run: its pacing estimate is that channel's bucket, its stats that run's. */
    RemoteHttp create(RateLimit rateLimit, TransportStats stats);

    /** Paced before the remote refuses, retried where that is safe (see RetryingTransport). */
    static SyncHttp standard() {
        return SyncTransports::create;
    }
}

package io.storedesk.sync.engine;

import io.storedesk.sync.RateLimit;
import io.storedesk.sync.RemoteHttp;
import io.storedesk.sync.http.OkHttpTransport;
import io.storedesk.sync.http.SyncTransport;

/** Makes the transport an adapter is opened with: the one place the paced, retrying transport plugs in. */
@FunctionalInterface
public interface SyncHttp {

    RemoteHttp create(RateLimit rateLimit);

    /**
     * TODO(lead): replace with the transport helper's SyncTransports.create(rateLimit, stats) once merged, and
     * feed its retries and 429 counts into SyncRunReport (reported as 0 until then).
     */
    static SyncHttp standard() {
        return rateLimit -> new SyncTransport(new OkHttpTransport());
    }
}

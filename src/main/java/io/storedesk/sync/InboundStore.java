package io.storedesk.sync;

import io.storedesk.sync.remote.RemoteRecord;
import java.time.Instant;
import java.util.List;

/**
 * Where pulled records land: orders, customers and lines; listings mapped to our SKUs; refunds (and the
 * after-sales tickets they open); stock levels the remote reports. Called by the engine inside the
 * transaction that also moves the cursor, once per page. Storing the same records again changes nothing.
 */
public interface InboundStore {

    InboundResult store(Channel channel, SyncResource resource, List<RemoteRecord> records, long runId, Instant at);

    /** What one page did. conflicts = how many fields were resolved for one side (each is logged in sync_conflict). */
    record InboundResult(int created, int updated, int unchanged, int refused, int conflicts, List<String> problems) {

        public InboundResult {
            problems = List.copyOf(problems);
        }
    }
}

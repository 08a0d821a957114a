package io.storedesk.sync.inbound;

import io.storedesk.Services;
import io.storedesk.sync.Channel;
import io.storedesk.sync.InboundStore;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.RemoteRecord;
import java.time.Instant;
import java.util.List;

/** Stores pulled records: orders, listings, refunds and stock levels. (Being written on the sync-inbound branch.) */
public final class InboundUpserts implements InboundStore {

    /** Called at the end of the Services constructor, so every service it needs already exists. */
    public static InboundUpserts create(Services services) {
        return new InboundUpserts();
    }

    @Override
    public InboundResult store(Channel channel, SyncResource resource, List<RemoteRecord> records, long runId,
                               Instant at) {
        throw new UnsupportedOperationException("inbound upserts are not merged yet");
    }
}

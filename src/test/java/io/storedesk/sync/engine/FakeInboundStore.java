package io.storedesk.sync.engine;

import io.storedesk.sync.Channel;
import io.storedesk.sync.InboundStore;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.RemoteRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the external ids it was given, in order; an id seen before counts as unchanged. */
final class FakeInboundStore implements InboundStore {

    final List<String> stored = new CopyOnWriteArrayList<>();
    private final Set<String> seen = new HashSet<>();
    RuntimeException failNext;

    @Override
    public synchronized InboundResult store(Channel channel, SyncResource resource, List<RemoteRecord> records,
                                            long runId, Instant at) {
        if (failNext != null) {
            RuntimeException fault = failNext;
            failNext = null;
            throw fault;
        }
        int created = 0;
        List<String> ids = new ArrayList<>();
        for (RemoteRecord r : records) {
            ids.add(r.externalId());
            created += seen.contains(resource + "/" + r.externalId()) ? 0 : 1;
        }
        records.forEach(r -> seen.add(resource + "/" + r.externalId()));
        stored.addAll(ids);
        return new InboundResult(created, 0, records.size() - created, 0, 0, List.of());
    }
}

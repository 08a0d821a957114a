package io.storedesk.sync.engine;

import io.storedesk.sync.PushKind;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.outbox.PushCounts;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one sync run of one channel did, as the CLI prints it (JSON) and the window shows it: per resource
 * pulled, per push kind pushed, stock rows held for confirmation, the transport's retries and 429 answers,
 * the errors with the remote's own words, and how long it took.
 */
public record SyncRunReport(long runId, String channel, RunStatus status, Instant startedAt, Instant finishedAt,
                            long durationMillis, Map<SyncResource, ResourceCounts> pulled,
                            Map<PushKind, PushCounts> pushed, int stockHeld, int retries, int rateLimited,
                            List<String> errors) {

    public SyncRunReport {
        // Sorted by the enums' order (pull order, push order), so the JSON reads in the order things happened.
        pulled = Collections.unmodifiableMap(new TreeMap<>(pulled));
        pushed = Collections.unmodifiableMap(new TreeMap<>(pushed));
        errors = List.copyOf(errors);
    }

    public int totalPulled() {
        return pulled.values().stream().mapToInt(ResourceCounts::pulled).sum();
    }

    public int totalPushed() {
        return pushed.values().stream().mapToInt(PushCounts::pushed).sum();
    }
}

package io.storedesk.sync.inbound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conflicts one page resolved, written together at the end of the page. A disagreement that stands unchanged
 * since it was last logged (StoreDesk keeps its stock, a LOCAL field policy) is not logged again, so storing the
 * same page twice adds nothing.
 */
final class ConflictLog {

    private final InboundConflictRepository repository;
    private final PageTally tally;
    private final List<Conflict> pending = new ArrayList<>();
    private final Map<String, Conflict> previous = new HashMap<>();

    ConflictLog(InboundConflictRepository repository, PageTally tally) {
        this.repository = repository;
        this.tally = tally;
    }

    /** Reads what was last logged for these keys, for {@link #addUnlessStanding}. */
    void readPrevious(long channelId, String entity, List<String> keys) {
        previous.putAll(repository.latest(channelId, entity, keys));
    }

    void add(Conflict conflict) {
        pending.add(conflict);
        tally.conflicts++;
    }

    /** Adds the conflict unless the same one is the last logged for its field; true when added. */
    boolean addUnlessStanding(Conflict conflict) {
        if (conflict.sameAs(previous.get(conflict.slot()))) {
            return false;
        }
        previous.put(conflict.slot(), conflict);
        add(conflict);
        return true;
    }

    void write(long channelId, long runId, Instant at) {
        repository.insert(channelId, runId, at, pending);
        pending.clear();
    }
}

package io.storedesk.sync.inbound;

import static io.storedesk.store.schema.Tables.SYNC_CONFLICT;

import io.storedesk.store.BulkInsert;
import io.storedesk.store.Chunks;
import io.storedesk.store.schema.tables.records.SyncConflictRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The log of conflicts the sync resolved (sync_conflict). */
public final class InboundConflictRepository {

    private final DSLContext dsl;

    public InboundConflictRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(long channelId, long runId, Instant at, List<Conflict> conflicts) {
        BulkInsert.insert(dsl, conflicts.stream().map(c -> {
            SyncConflictRecord r = dsl.newRecord(SYNC_CONFLICT);
            r.setChannelId(channelId);
            r.setRunId(runId);
            r.setEntity(c.entity());
            r.setEntityKey(c.entityKey());
            r.setField(c.field());
            r.setLocalValue(c.localValue());
            r.setRemoteValue(c.remoteValue());
            r.setWinner(c.winner().name());
            r.setOccurredAt(at);
            return r;
        }).toList());
    }

    /** The newest conflict logged for each (key, field) of these entities, by {@link Conflict#slot()}. */
    Map<String, Conflict> latest(long channelId, String entity, Collection<String> keys) {
        Map<String, Conflict> latest = new HashMap<>();
        for (List<String> chunk : Chunks.of(keys)) {
            dsl.selectFrom(SYNC_CONFLICT)
                    .where(SYNC_CONFLICT.CHANNEL_ID.eq(channelId), SYNC_CONFLICT.ENTITY.eq(entity),
                            SYNC_CONFLICT.ENTITY_KEY.in(chunk))
                    .orderBy(SYNC_CONFLICT.ID)
                    .forEach(r -> {
                        Conflict c = new Conflict(r.getEntity(), r.getEntityKey(), r.getField(), r.getLocalValue(),
                                r.getRemoteValue(), Conflict.Winner.valueOf(r.getWinner()));
                        latest.put(c.slot(), c);
                    });
        }
        return latest;
    }
}

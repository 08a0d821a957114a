package io.storedesk.sync.outbox;

import static io.storedesk.store.schema.Tables.OUTBOX;
import static org.jooq.impl.DSL.count;

import io.storedesk.store.schema.tables.records.OutboxRecord;
import io.storedesk.sync.PushKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The outbox table. Writes join the caller's transaction (thread-bound, decision 0008). */
public final class OutboxRepository {

    private static final int ERROR_MAX = 2000;

    private final DSLContext dsl;

    public OutboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether a message with this idempotency key was ever queued (whatever became of it). */
    public boolean hasKey(String idempotencyKey) {
        return dsl.fetchExists(OUTBOX, OUTBOX.IDEMPOTENCY_KEY.eq(idempotencyKey));
    }

    public long insert(long channelId, PushKind kind, String aggregateId, String payload, String idempotencyKey,
                       OutboxStatus status, Instant at) {
        OutboxRecord r = dsl.newRecord(OUTBOX);
        r.setChannelId(channelId);
        r.setKind(kind.name());
        r.setAggregateId(aggregateId);
        r.setPayload(payload);
        r.setIdempotencyKey(idempotencyKey);
        r.setStatus(status.name());
        r.setCreatedAt(at);
        r.setUpdatedAt(at);
        r.store();
        return r.getId();
    }

    /** Unsent rows of the same kind and aggregate older than keepId become DISCARDED (a newer one replaces them). */
    public int supersede(long channelId, PushKind kind, String aggregateId, long keepId, Instant at) {
        return dsl.update(OUTBOX)
                .set(OUTBOX.STATUS, OutboxStatus.DISCARDED.name())
                .set(OUTBOX.LAST_ERROR, "superseded by #" + keepId)
                .set(OUTBOX.VERSION, OUTBOX.VERSION.plus(1))
                .set(OUTBOX.UPDATED_AT, at)
                .where(OUTBOX.CHANNEL_ID.eq(channelId), OUTBOX.KIND.eq(kind.name()), OUTBOX.AGGREGATE_ID.eq(aggregateId),
                        OUTBOX.ID.lt(keepId), OUTBOX.STATUS.in(OutboxStatus.PENDING.name(), OutboxStatus.HELD.name(),
                                OutboxStatus.FAILED.name()))
                .execute();
    }

    /** PENDING rows of one kind whose next attempt is due, oldest first. */
    public List<OutboxEntry> due(long channelId, PushKind kind, Instant now, int limit) {
        return dsl.selectFrom(OUTBOX)
                .where(OUTBOX.CHANNEL_ID.eq(channelId), OUTBOX.KIND.eq(kind.name()),
                        OUTBOX.STATUS.eq(OutboxStatus.PENDING.name()),
                        OUTBOX.NEXT_ATTEMPT_AT.isNull().or(OUTBOX.NEXT_ATTEMPT_AT.le(now)))
                .orderBy(OUTBOX.ID).limit(limit)
                .fetch(OutboxRepository::entry);
    }

    public Optional<OutboxEntry> find(long id) {
        return dsl.selectFrom(OUTBOX).where(OUTBOX.ID.eq(id)).fetchOptional(OutboxRepository::entry);
    }

    /** channelId null = every channel; statuses empty = every status. Newest first. */
    public List<OutboxEntry> list(Long channelId, Set<OutboxStatus> statuses, int limit) {
        Condition where = DSL.noCondition();
        if (channelId != null) {
            where = where.and(OUTBOX.CHANNEL_ID.eq(channelId));
        }
        if (!statuses.isEmpty()) {
            where = where.and(OUTBOX.STATUS.in(statuses.stream().map(Enum::name).toList()));
        }
        return dsl.selectFrom(OUTBOX).where(where).orderBy(OUTBOX.ID.desc()).limit(limit)
                .fetch(OutboxRepository::entry);
    }

    public List<OutboxEntry> inStatus(long channelId, OutboxStatus status) {
        return dsl.selectFrom(OUTBOX).where(OUTBOX.CHANNEL_ID.eq(channelId), OUTBOX.STATUS.eq(status.name()))
                .orderBy(OUTBOX.ID).fetch(OutboxRepository::entry);
    }

    public void markSent(Collection<Long> ids, Instant at) {
        dsl.update(OUTBOX)
                .set(OUTBOX.STATUS, OutboxStatus.SENT.name())
                .set(OUTBOX.SENT_AT, at)
                .set(OUTBOX.ATTEMPTS, OUTBOX.ATTEMPTS.plus(1))
                .set(OUTBOX.LAST_ERROR, (String) null)
                .set(OUTBOX.VERSION, OUTBOX.VERSION.plus(1))
                .set(OUTBOX.UPDATED_AT, at)
                .where(OUTBOX.ID.in(ids), OUTBOX.STATUS.eq(OutboxStatus.PENDING.name()))
                .execute();
    }

    /** The remote refused it: FAILED with its reason, until a person retries or discards it. */
    public void markFailed(long id, String error, Instant at) {
        dsl.update(OUTBOX)
                .set(OUTBOX.STATUS, OutboxStatus.FAILED.name())
                .set(OUTBOX.ATTEMPTS, OUTBOX.ATTEMPTS.plus(1))
                .set(OUTBOX.LAST_ERROR, clip(error))
                .set(OUTBOX.VERSION, OUTBOX.VERSION.plus(1))
                .set(OUTBOX.UPDATED_AT, at)
                .where(OUTBOX.ID.eq(id), OUTBOX.STATUS.eq(OutboxStatus.PENDING.name()))
                .execute();
    }

    /** A transient fault: still PENDING, one attempt more, tried again at next. */
    public void defer(long id, int attempts, Instant next, String error, Instant at) {
        dsl.update(OUTBOX)
                .set(OUTBOX.ATTEMPTS, attempts)
                .set(OUTBOX.NEXT_ATTEMPT_AT, next)
                .set(OUTBOX.LAST_ERROR, clip(error))
                .set(OUTBOX.VERSION, OUTBOX.VERSION.plus(1))
                .set(OUTBOX.UPDATED_AT, at)
                .where(OUTBOX.ID.eq(id), OUTBOX.STATUS.eq(OutboxStatus.PENDING.name()))
                .execute();
    }

    /** Moves a row between statuses if it is in one of from; false when it was not. */
    public boolean move(long id, Set<OutboxStatus> from, OutboxStatus to, Instant at) {
        return dsl.update(OUTBOX)
                .set(OUTBOX.STATUS, to.name())
                .set(OUTBOX.NEXT_ATTEMPT_AT, (Instant) null)
                .set(OUTBOX.VERSION, OUTBOX.VERSION.plus(1))
                .set(OUTBOX.UPDATED_AT, at)
                .where(OUTBOX.ID.eq(id), OUTBOX.STATUS.in(from.stream().map(Enum::name).toList()))
                .execute() == 1;
    }

    public OutboxCounts counts(long channelId) {
        org.jooq.Field<Integer> n = count();
        Map<String, Integer> byStatus = dsl.select(OUTBOX.STATUS, n).from(OUTBOX)
                .where(OUTBOX.CHANNEL_ID.eq(channelId), OUTBOX.STATUS.in(OutboxStatus.PENDING.name(),
                        OutboxStatus.HELD.name(), OutboxStatus.FAILED.name()))
                .groupBy(OUTBOX.STATUS)
                .fetchMap(OUTBOX.STATUS, n);
        return new OutboxCounts(byStatus.getOrDefault(OutboxStatus.PENDING.name(), 0),
                byStatus.getOrDefault(OutboxStatus.HELD.name(), 0),
                byStatus.getOrDefault(OutboxStatus.FAILED.name(), 0));
    }

    private static String clip(String error) {
        return error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX - 1) + "…";
    }

    private static OutboxEntry entry(OutboxRecord r) {
        return new OutboxEntry(r.getId(), r.getChannelId(), PushKind.valueOf(r.getKind()), r.getAggregateId(),
                r.getPayload(), r.getIdempotencyKey(), OutboxStatus.valueOf(r.getStatus()), r.getAttempts(),
                r.getNextAttemptAt(), r.getLastError(), r.getCreatedAt(), r.getSentAt());
    }
}

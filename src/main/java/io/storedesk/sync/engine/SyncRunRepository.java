package io.storedesk.sync.engine;

import static io.storedesk.store.schema.Tables.SYNC_RUN;

import io.storedesk.store.schema.tables.records.SyncRunRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The sync_run log: one row per run, its counters kept current page by page. */
public final class SyncRunRepository {

    public static final int LOG_MAX = 8000;

    private final DSLContext dsl;

    public SyncRunRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long start(long channelId, Instant at) {
        SyncRunRecord r = dsl.newRecord(SYNC_RUN);
        r.setChannelId(channelId);
        r.setStartedAt(at);
        r.setStatus(RunStatus.RUNNING.name());
        r.store();
        return r.getId();
    }

    /** Runs of the channel left RUNNING (the app died under them) become FAILED; returns how many. */
    public int markInterrupted(long channelId, Instant at) {
        return dsl.update(SYNC_RUN)
                .set(SYNC_RUN.STATUS, RunStatus.FAILED.name())
                .set(SYNC_RUN.FINISHED_AT, at)
                .set(SYNC_RUN.LOG_TEXT, SYNC_RUN.LOG_TEXT.concat("\n(interrupted: the application stopped during the run)"))
                .where(SYNC_RUN.CHANNEL_ID.eq(channelId), SYNC_RUN.STATUS.eq(RunStatus.RUNNING.name()))
                .execute();
    }

    /** Adds one committed page's records to the run's count (in the page's transaction). */
    public void addPulled(long runId, int records) {
        dsl.update(SYNC_RUN).set(SYNC_RUN.PULLED, SYNC_RUN.PULLED.plus(records)).where(SYNC_RUN.ID.eq(runId)).execute();
    }

    public void finish(long runId, RunStatus status, Instant at, int pushed, int retries, int rateLimited, int errors,
                       String log) {
        dsl.update(SYNC_RUN)
                .set(SYNC_RUN.STATUS, status.name())
                .set(SYNC_RUN.FINISHED_AT, at)
                .set(SYNC_RUN.PUSHED, pushed)
                .set(SYNC_RUN.RETRIES, retries)
                .set(SYNC_RUN.RATE_LIMITED, rateLimited)
                .set(SYNC_RUN.ERRORS, errors)
                .set(SYNC_RUN.LOG_TEXT, log)
                .where(SYNC_RUN.ID.eq(runId))
                .execute();
    }

    public Optional<RunSummary> last(long channelId) {
        return recent(channelId, 1).stream().findFirst();
    }

    public List<RunSummary> recent(long channelId, int limit) {
        return dsl.selectFrom(SYNC_RUN).where(SYNC_RUN.CHANNEL_ID.eq(channelId))
                .orderBy(SYNC_RUN.STARTED_AT.desc(), SYNC_RUN.ID.desc()).limit(limit)
                .fetch(r -> new RunSummary(r.getId(), r.getChannelId(), r.getStartedAt(), r.getFinishedAt(),
                        RunStatus.valueOf(r.getStatus()), r.getPulled(), r.getPushed(), r.getRetries(),
                        r.getRateLimited(), r.getErrors(), r.getLogText()));
    }
}

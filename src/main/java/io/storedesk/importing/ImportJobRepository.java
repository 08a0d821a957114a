package io.storedesk.importing;

import static io.storedesk.store.schema.Tables.IMPORT_CHANGE;
import static io.storedesk.store.schema.Tables.IMPORT_JOB;
import static io.storedesk.store.schema.Tables.IMPORT_MAPPING;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.ImportChangeRecord;
import io.storedesk.store.schema.tables.records.ImportJobRecord;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Import jobs, the rows each one wrote (with before-values, for undo), and the column mappings people saved. */
public final class ImportJobRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };

    private final DSLContext dsl;

    public ImportJobRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long createJob(ImportKindId kind, String fileName, String user, ImportMode mode, Instant startedAt) {
        ImportJobRecord r = dsl.newRecord(IMPORT_JOB);
        r.setKind(kind.name());
        r.setFileName(fileName);
        r.setUserName(user);
        r.setMode(mode.name());
        r.setStatus(ImportJob.APPLIED);
        r.setStartedAt(startedAt);
        r.insert();
        return r.getId();
    }

    public void finishJob(long id, long rows, long accepted, long refused, long unchanged, Instant finishedAt) {
        dsl.update(IMPORT_JOB)
                .set(IMPORT_JOB.ROWS_TOTAL, (int) rows)
                .set(IMPORT_JOB.ROWS_ACCEPTED, (int) accepted)
                .set(IMPORT_JOB.ROWS_REFUSED, (int) refused)
                .set(IMPORT_JOB.ROWS_UNCHANGED, (int) unchanged)
                .set(IMPORT_JOB.FINISHED_AT, finishedAt)
                .set(IMPORT_JOB.UPDATED_AT, finishedAt)
                .where(IMPORT_JOB.ID.eq(id))
                .execute();
    }

    public void recordChanges(long jobId, List<ChangeRecord> changes) {
        BulkInsert.insert(dsl, changes.stream().map(c -> {
            ImportChangeRecord r = dsl.newRecord(IMPORT_CHANGE);
            r.setJobId(jobId);
            r.setEntity(c.entity());
            r.setEntityKey(c.key());
            r.setOperation(c.operation().name());
            r.setBeforeValue(c.before().isEmpty() ? null : write(c.before()));
            r.setAfterValue(c.after().isEmpty() ? null : write(c.after()));
            r.setVersionAfter(c.versionAfter());
            return r;
        }).toList());
    }

    public Optional<ImportJob> job(long id) {
        return dsl.selectFrom(IMPORT_JOB).where(IMPORT_JOB.ID.eq(id)).fetchOptional().map(ImportJobRepository::toJob);
    }

    public List<ImportJob> recentJobs(int limit) {
        return dsl.selectFrom(IMPORT_JOB).orderBy(IMPORT_JOB.ID.desc()).limit(limit)
                .fetch(ImportJobRepository::toJob);
    }

    /** The job's changes in the order they were written. */
    public List<ChangeRecord> changes(long jobId) {
        return dsl.selectFrom(IMPORT_CHANGE).where(IMPORT_CHANGE.JOB_ID.eq(jobId)).orderBy(IMPORT_CHANGE.ID)
                .fetch(r -> new ChangeRecord(r.getEntity(), r.getEntityKey(),
                        ChangeRecord.Operation.valueOf(r.getOperation()), read(r.getBeforeValue()),
                        read(r.getAfterValue()), r.getVersionAfter()));
    }

    /** Marks the job undone, if it still is applied; false when someone undid it meanwhile. */
    public boolean markUndone(long jobId, String user, Instant at) {
        return dsl.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, ImportJob.UNDONE)
                .set(IMPORT_JOB.UNDONE_AT, at)
                .set(IMPORT_JOB.UNDONE_BY, user)
                .set(IMPORT_JOB.VERSION, IMPORT_JOB.VERSION.plus(1))
                .set(IMPORT_JOB.UPDATED_AT, at)
                .where(IMPORT_JOB.ID.eq(jobId), IMPORT_JOB.STATUS.eq(ImportJob.APPLIED))
                .execute() == 1;
    }

    public Optional<Map<String, String>> savedMapping(ImportKindId kind, String layoutHash) {
        return dsl.select(IMPORT_MAPPING.MAPPING_JSON).from(IMPORT_MAPPING)
                .where(IMPORT_MAPPING.KIND.eq(kind.name()), IMPORT_MAPPING.LAYOUT_HASH.eq(layoutHash))
                .fetchOptional(IMPORT_MAPPING.MAPPING_JSON).map(ImportJobRepository::read);
    }

    public void saveMapping(ImportKindId kind, String layoutHash, Map<String, String> mapping, Instant at) {
        dsl.transaction(() -> {
            int updated = dsl.update(IMPORT_MAPPING)
                    .set(IMPORT_MAPPING.MAPPING_JSON, write(mapping))
                    .set(IMPORT_MAPPING.VERSION, IMPORT_MAPPING.VERSION.plus(1))
                    .set(IMPORT_MAPPING.UPDATED_AT, at)
                    .where(IMPORT_MAPPING.KIND.eq(kind.name()), IMPORT_MAPPING.LAYOUT_HASH.eq(layoutHash))
                    .execute();
            if (updated == 0) {
                dsl.insertInto(IMPORT_MAPPING, IMPORT_MAPPING.KIND, IMPORT_MAPPING.LAYOUT_HASH,
                                IMPORT_MAPPING.MAPPING_JSON, IMPORT_MAPPING.UPDATED_AT)
                        .values(kind.name(), layoutHash, write(mapping), at)
                        .execute();
            }
        });
    }

    private static ImportJob toJob(ImportJobRecord r) {
        return new ImportJob(r.getId(), ImportKindId.valueOf(r.getKind()), r.getFileName(), r.getUserName(),
                ImportMode.valueOf(r.getMode()), r.getStatus(), r.getRowsTotal(), r.getRowsAccepted(),
                r.getRowsRefused(), r.getRowsUnchanged(), r.getStartedAt(), r.getFinishedAt(), r.getUndoneAt());
    }

    private static String write(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

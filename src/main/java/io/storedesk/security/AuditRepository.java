package io.storedesk.security;

import static io.storedesk.store.schema.Tables.AUDIT_LOG;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.store.schema.tables.records.AuditLogRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/** The audit log table: appending entries, the latest hash, reading an entity's history, walking the chain. */
public final class AuditRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The hash of the latest entry, locking it until the caller's transaction ends, so two desks writing
     * at once chain one after the other rather than both after the same entry.
     */
    public Optional<String> latestHashForUpdate() {
        return dsl.select(AUDIT_LOG.ROW_HASH).from(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(1).forUpdate()
                .fetchOptional(AUDIT_LOG.ROW_HASH);
    }

    public void insert(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<AuditLogRecord> records = entries.stream().map(e -> {
            AuditLogRecord r = dsl.newRecord(AUDIT_LOG);
            r.setOccurredAt(e.occurredAt());
            r.setUserName(e.user());
            r.setAction(e.action());
            r.setEntity(e.entity());
            r.setEntityId(e.entityId());
            r.setBeforeValue(write(e.before()));
            r.setAfterValue(write(e.after()));
            r.setPrevHash(e.previousHash());
            r.setRowHash(e.rowHash());
            return r;
        }).toList();
        dsl.batchInsert(records).execute();
    }

    /** The newest entries about one record, newest first. */
    public List<AuditEntry> history(String entity, String entityId, int limit) {
        return dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ENTITY.eq(entity), AUDIT_LOG.ENTITY_ID.eq(entityId))
                .orderBy(AUDIT_LOG.ID.desc()).limit(limit).fetch(AuditRepository::toEntry);
    }

    /** Every entry in the order written, one at a time. */
    public void forEach(Consumer<AuditEntry> sink) {
        try (var cursor = dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetchLazy()) {
            cursor.forEach(r -> sink.accept(toEntry(r)));
        }
    }

    static AuditEntry toEntry(AuditLogRecord r) {
        return new AuditEntry(r.getId(), r.getOccurredAt(), r.getUserName(), r.getAction(), r.getEntity(),
                r.getEntityId(), read(r.getBeforeValue()), read(r.getAfterValue()), r.getPrevHash(), r.getRowHash());
    }

    private static String write(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> read(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit value", e);
        }
    }
}

package io.storedesk.security;

import static io.storedesk.store.schema.Tables.AUDIT_LOG;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.common.TextInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads the audit log with filters, newest first, a page at a time; and the values the filters choose from. */
public final class AuditQueryRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DSLContext dsl;

    public AuditQueryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public AuditPage find(AuditFilter filter, int offset, int limit) {
        Condition where = where(filter);
        long total = dsl.fetchCount(AUDIT_LOG, where);
        List<AuditEntry> entries = dsl.selectFrom(AUDIT_LOG).where(where).orderBy(AUDIT_LOG.ID.desc())
                .offset(offset).limit(limit).fetch(AuditRepository::toEntry);
        return new AuditPage(entries, total);
    }

    public Optional<AuditEntry> entry(long id) {
        return dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ID.eq(id)).fetchOptional(AuditRepository::toEntry);
    }

    /** Everyone who has changed something, by name. */
    public List<String> users() {
        return dsl.selectDistinct(AUDIT_LOG.USER_NAME).from(AUDIT_LOG).orderBy(AUDIT_LOG.USER_NAME)
                .fetch(AUDIT_LOG.USER_NAME);
    }

    public List<String> entities() {
        return dsl.selectDistinct(AUDIT_LOG.ENTITY).from(AUDIT_LOG).orderBy(AUDIT_LOG.ENTITY).fetch(AUDIT_LOG.ENTITY);
    }

    public List<String> actions() {
        return dsl.selectDistinct(AUDIT_LOG.ACTION).from(AUDIT_LOG).orderBy(AUDIT_LOG.ACTION).fetch(AUDIT_LOG.ACTION);
    }

    private static Condition where(AuditFilter f) {
        List<Condition> conditions = new ArrayList<>();
        if (f.user() != null) {
            conditions.add(AUDIT_LOG.USER_NAME.equalIgnoreCase(f.user()));
        }
        if (f.entity() != null) {
            conditions.add(AUDIT_LOG.ENTITY.eq(f.entity()));
        }
        if (f.action() != null) {
            conditions.add(AUDIT_LOG.ACTION.eq(f.action()));
        }
        if (f.from() != null) {
            conditions.add(AUDIT_LOG.OCCURRED_AT.ge(f.from()));
        }
        if (f.to() != null) {
            conditions.add(AUDIT_LOG.OCCURRED_AT.lt(f.to()));
        }
        if (f.text() != null) {
            // contains() escapes % and _, so a text is looked for as typed. Before and after are stored as
            // JSON: the text is looked for as JSON writes it, so " and \ match values, not the JSON around them.
            String t = TextInput.forSearch(f.text());
            String inJson = asJsonText(t);
            conditions.add(AUDIT_LOG.ENTITY_ID.containsIgnoreCase(t)
                    .or(AUDIT_LOG.BEFORE_VALUE.containsIgnoreCase(inJson))
                    .or(AUDIT_LOG.AFTER_VALUE.containsIgnoreCase(inJson)));
        }
        return DSL.and(conditions);
    }

    /** The text as it appears inside a JSON string (quotes and backslashes escaped), without the quotes. */
    private static String asJsonText(String text) {
        try {
            String quoted = JSON.writeValueAsString(text);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

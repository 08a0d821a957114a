package io.storedesk.security;

import static io.storedesk.store.schema.Tables.AUDIT_LOG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads the audit log with filters, newest first, a page at a time; and the values the filters choose from. */
public final class AuditQueryRepository {

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
            // contains() escapes % and _, so a text is looked for as typed.
            conditions.add(AUDIT_LOG.ENTITY_ID.containsIgnoreCase(f.text())
                    .or(AUDIT_LOG.BEFORE_VALUE.containsIgnoreCase(f.text()))
                    .or(AUDIT_LOG.AFTER_VALUE.containsIgnoreCase(f.text())));
        }
        return DSL.and(conditions);
    }
}

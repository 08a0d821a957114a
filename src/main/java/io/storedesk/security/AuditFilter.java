package io.storedesk.security;

import java.time.Instant;

/**
 * Which audit entries to read: by who (the user name, exactly), which kind of record (entity), what was done
 * (action), when (from inclusive, to exclusive) and a text found in the record's id or its before and after
 * values. Every part may be null (= any).
 */
public record AuditFilter(String user, String entity, String action, Instant from, Instant to, String text) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        user = blankToNull(user);
        entity = blankToNull(entity);
        action = blankToNull(action);
        text = blankToNull(text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

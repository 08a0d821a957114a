package io.storedesk.security;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded change: who did what to which record, with the values before and after (as text;
 * absent fields are absent). rowHash chains the entry to the one before it, so a removed or edited
 * entry shows.
 */
public record AuditEntry(long id, Instant occurredAt, String user, String action, String entity, String entityId,
                         Map<String, String> before, Map<String, String> after, String previousHash, String rowHash) {
}

package io.storedesk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Records who changed what, with before and after values, as a hash chain: each entry's hash covers its
 * content and the previous entry's hash, so {@link #verify()} finds an entry edited or removed later.
 * Callers write inside their own transaction, so the entry exists exactly when the change does.
 */
public final class AuditLog {

    /** One change to record. */
    public record Change(String action, String entity, String entityId, Map<String, String> before,
                         Map<String, String> after) {
    }

    /** The outcome of walking the chain: how many entries, and the first that does not fit (or none). */
    public record Verification(long entries, Optional<Long> firstBrokenEntry) {

        public boolean intact() {
            return firstBrokenEntry.isEmpty();
        }
    }

    private final AuditRepository repository;
    private final Clock clock;

    public AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public void record(String user, Change change) {
        record(user, List.of(change));
    }

    /** Appends the changes in the order given. Call inside the transaction that makes them. */
    public void record(String user, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String previous = repository.latestHashForUpdate().orElse(null);
        List<AuditEntry> entries = new ArrayList<>(changes.size());
        for (Change c : changes) {
            AuditEntry unsigned = new AuditEntry(0, now, user, c.action(), c.entity(), c.entityId(),
                    c.before() == null ? Map.of() : c.before(), c.after() == null ? Map.of() : c.after(), previous,
                    null);
            String hash = hash(unsigned);
            entries.add(new AuditEntry(0, now, user, c.action(), c.entity(), c.entityId(), unsigned.before(),
                    unsigned.after(), previous, hash));
            previous = hash;
        }
        repository.insert(entries);
    }

    public List<AuditEntry> history(String entity, String entityId, int limit) {
        return repository.history(entity, entityId, limit);
    }

    /** Walks the whole chain. */
    public Verification verify() {
        long[] count = {0};
        Long[] broken = {null};
        String[] previous = {null};
        repository.forEach(entry -> {
            count[0]++;
            boolean linked = Objects.equals(entry.previousHash(), previous[0]);
            if (broken[0] == null && (!linked || !hash(entry).equals(entry.rowHash()))) {
                broken[0] = entry.id();
            }
            previous[0] = entry.rowHash();
        });
        return new Verification(count[0], Optional.ofNullable(broken[0]));
    }

    /** SHA-256 over the previous hash and every field, in a fixed order (maps sorted by key). */
    static String hash(AuditEntry e) {
        StringBuilder text = new StringBuilder();
        text.append(e.previousHash() == null ? "" : e.previousHash()).append('\u001F')
                .append(e.occurredAt().toEpochMilli()).append('\u001F')
                .append(e.user()).append('\u001F').append(e.action()).append('\u001F')
                .append(e.entity()).append('\u001F').append(e.entityId() == null ? "" : e.entityId()).append('\u001F')
                .append(new TreeMap<>(e.before())).append('\u001F').append(new TreeMap<>(e.after()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

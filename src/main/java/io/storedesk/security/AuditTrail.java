package io.storedesk.security;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The audit log as people read it: filtered pages, everything a filter matches (to export), the chain check. */
public final class AuditTrail {

    /** Most entries an export or `audit list` reads at once; the log of a small shop stays far below. */
    public static final int EXPORT_LIMIT = 100_000;
    private static final int CHUNK = 1_000;

    private final AuditQueryRepository repository;
    private final AuditLog log;
    private final Supplier<ZoneId> zone;

    public AuditTrail(AuditQueryRepository repository, AuditLog log, Supplier<ZoneId> zone) {
        this.repository = repository;
        this.log = log;
        this.zone = zone;
    }

    /** A filter over whole days in the shop's time zone, both days included (either may be null). */
    public AuditFilter filter(String user, String entity, String action, LocalDate fromDay, LocalDate toDay,
                              String text) {
        ZoneId z = zone.get();
        return new AuditFilter(user, entity, action, fromDay == null ? null : fromDay.atStartOfDay(z).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(z).toInstant(), text);
    }

    public AuditPage page(AuditFilter filter, int offset, int limit) {
        return repository.find(filter, offset, limit);
    }

    /** Every entry the filter matches, newest first, up to EXPORT_LIMIT. */
    public List<AuditEntry> all(AuditFilter filter) {
        List<AuditEntry> all = new ArrayList<>();
        while (all.size() < EXPORT_LIMIT) {
            List<AuditEntry> chunk = repository.find(filter, all.size(), CHUNK).entries();
            all.addAll(chunk);
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        return all;
    }

    /** The values the viewer's filters offer. */
    public Choices choices() {
        return new Choices(repository.users(), repository.entities(), repository.actions());
    }

    /** Walks the whole chain: how many entries and the first that was edited, removed around or inserted. */
    public AuditLog.Verification verify() {
        return log.verify();
    }

    /** Who has changed things, which kinds of records, which actions. */
    public record Choices(List<String> users, List<String> entities, List<String> actions) {

        public Choices {
            users = List.copyOf(users);
            entities = List.copyOf(entities);
            actions = List.copyOf(actions);
        }
    }
}

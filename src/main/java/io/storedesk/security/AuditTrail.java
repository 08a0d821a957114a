package io.storedesk.security;

import io.storedesk.common.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The audit log as people read it: filtered pages, everything a filter matches (to export), the chain check.
 * Reading it needs the settings right: it holds the before and after values of every change.
 */
public final class AuditTrail {

    /** Most entries an export or `audit list` reads at once; the log of a small shop stays far below. */
    public static final int EXPORT_LIMIT = 100_000;
    private static final int CHUNK = 1_000;

    private final AuditQueryRepository repository;
    private final AuditLog log;
    private final Supplier<ZoneId> zone;
    private final Access access;

    public AuditTrail(AuditQueryRepository repository, AuditLog log, Supplier<ZoneId> zone, Access access) {
        this.access = access;
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
        access.require(Permission.SETTINGS);
        return repository.find(filter, offset, limit);
    }

    /** Every entry the filter matches, newest first, up to EXPORT_LIMIT. */
    public List<AuditEntry> all(AuditFilter filter) {
        access.require(Permission.SETTINGS);
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

    /** Writes every entry the filter matches to a CSV or XLSX file; returns how many. */
    public int export(AuditFilter filter, Path file, Locale locale) {
        return AuditExport.write(file, all(filter), new Messages(locale));
    }

    /** The values the viewer's filters offer. */
    public Choices choices() {
        access.require(Permission.SETTINGS);
        return new Choices(repository.users(), repository.entities(), repository.actions());
    }

    /** Walks the whole chain: how many entries and the first that was edited, removed around or inserted. */
    public AuditLog.Verification verify() {
        access.require(Permission.SETTINGS);
        return log.verify();
    }

    /** One entry by its id (the first broken one a verification names). */
    public Optional<AuditEntry> entry(long id) {
        access.require(Permission.SETTINGS);
        return repository.entry(id);
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

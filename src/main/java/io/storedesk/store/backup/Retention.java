package io.storedesk.store.backup;

import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which automatic backups to keep (decision 0023): the 7 newest daily ones, plus the newest daily one of each
 * of the 4 newest ISO weeks (UTC) that have one; the 3 newest of each "before …" kind. Manual backups are
 * never deleted.
 */
public final class Retention {

    static final int DAILY = 7;
    static final int WEEKLY = 4;
    static final int BEFORE_EACH_KIND = 3;

    private Retention() {
    }

    /** The entries to delete, from a listing of the folder. */
    public static List<BackupEntry> toDelete(List<BackupEntry> entries) {
        List<BackupEntry> newestFirst = new ArrayList<>(entries);
        newestFirst.sort(Comparator.comparing(BackupEntry::createdAt).reversed());
        Set<BackupEntry> keep = new HashSet<>();
        Map<BackupKind, Integer> kept = new LinkedHashMap<>();
        Map<Long, BackupEntry> newestOfWeek = new LinkedHashMap<>();
        for (BackupEntry entry : newestFirst) {
            switch (entry.kind()) {
                case MANUAL -> keep.add(entry);
                case DAILY -> {
                    if (kept.merge(BackupKind.DAILY, 1, Integer::sum) <= DAILY) {
                        keep.add(entry);
                    }
                    var day = entry.createdAt().atOffset(ZoneOffset.UTC);
                    long week = day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                    if (newestOfWeek.size() < WEEKLY || newestOfWeek.containsKey(week)) {
                        newestOfWeek.putIfAbsent(week, entry);
                    }
                }
                default -> {
                    if (kept.merge(entry.kind(), 1, Integer::sum) <= BEFORE_EACH_KIND) {
                        keep.add(entry);
                    }
                }
            }
        }
        keep.addAll(newestOfWeek.values());
        return newestFirst.stream().filter(e -> !keep.contains(e)).toList();
    }
}

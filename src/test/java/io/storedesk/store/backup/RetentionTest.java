package io.storedesk.store.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionTest {

    /** Monday 2024-05-06 12:00 UTC (ISO week 19). */
    private static final Instant MONDAY = Instant.parse("2024-05-06T12:00:00Z");

    private static BackupEntry entry(BackupKind kind, Instant at) {
        return new BackupEntry(Path.of(kind.token() + "-" + at), kind, at, 1);
    }

    @Test
    void keepsSevenDailiesTheNewestOfFourWeeksThreeOfEachBeforeKindAndEveryManualOne() {
        List<BackupEntry> entries = new ArrayList<>();
        // 30 daily backups: Monday of week 19 back to Sunday 2024-04-07 (week 14).
        for (int day = 0; day < 30; day++) {
            entries.add(entry(BackupKind.DAILY, MONDAY.minus(Duration.ofDays(day))));
        }
        for (int n = 0; n < 5; n++) {
            entries.add(entry(BackupKind.BEFORE_IMPORT, MONDAY.minus(Duration.ofHours(n))));
            entries.add(entry(BackupKind.BEFORE_MIGRATION, MONDAY.minus(Duration.ofDays(40 + n))));
            entries.add(entry(BackupKind.MANUAL, MONDAY.minus(Duration.ofDays(400 + n))));
        }

        List<BackupEntry> deleted = Retention.toDelete(entries);
        List<BackupEntry> kept = entries.stream().filter(e -> !deleted.contains(e)).toList();

        // Dailies: 05-06 .. 04-30 (the 7 newest), plus the newest of weeks 17 (Sun 04-28) and 16 (Sun 04-21);
        // weeks 19 and 18 already have their newest among the seven.
        assertThat(kept.stream().filter(e -> e.kind() == BackupKind.DAILY).map(BackupEntry::createdAt))
                .containsExactlyInAnyOrder(day("05-06"), day("05-05"), day("05-04"), day("05-03"), day("05-02"),
                        day("05-01"), day("04-30"), day("04-28"), day("04-21"));
        assertThat(kept.stream().filter(e -> e.kind() == BackupKind.BEFORE_IMPORT).map(BackupEntry::createdAt))
                .containsExactlyInAnyOrder(MONDAY, MONDAY.minus(Duration.ofHours(1)), MONDAY.minus(Duration.ofHours(2)));
        assertThat(kept.stream().filter(e -> e.kind() == BackupKind.BEFORE_MIGRATION)).hasSize(3);
        assertThat(kept.stream().filter(e -> e.kind() == BackupKind.MANUAL)).hasSize(5);
        assertThat(deleted).hasSize(30 - 9 + 2 + 2);
    }

    @Test
    void fewBackupsAreAllKept() {
        List<BackupEntry> entries = List.of(entry(BackupKind.DAILY, MONDAY), entry(BackupKind.BEFORE_RESTORE, MONDAY));
        assertThat(Retention.toDelete(entries)).isEmpty();
    }

    private static Instant day(String monthDay) {
        return Instant.parse("2024-" + monthDay + "T12:00:00Z");
    }
}

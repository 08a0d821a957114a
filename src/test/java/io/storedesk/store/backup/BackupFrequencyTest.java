package io.storedesk.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.security.AccessDeniedException;
import io.storedesk.security.AuditEntry;
import io.storedesk.security.Permission;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.MovingClock;
import io.storedesk.testing.TestStores;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How often the scheduled backup runs: daily by default, weekly or off as the shop chose; the change audited. */
class BackupFrequencyTest {

    @Test
    void weeklyBackupsWaitSevenDaysAndOffMakesNone() {
        MovingClock clock = new MovingClock(TestStores.DEMO_CLOCK.instant());
        try (Services services = new Services(Store.open(StoreConfig.embedded(TestStores.newDirectory())), clock)) {
            assertThat(services.backupFrequency().frequency()).isEqualTo(BackupFrequency.DAILY);
            services.backupFrequency().change(BackupFrequency.WEEKLY);
            Backups backups = services.backups();
            assertThat(backups.dailyIfDue()).as("none yet").isTrue();
            clock.advance(Duration.ofDays(6));
            assertThat(backups.dailyIfDue()).as("six days later").isFalse();
            clock.advance(Duration.ofDays(1));
            assertThat(backups.dailyIfDue()).as("a week later").isTrue();

            services.backupFrequency().change(BackupFrequency.OFF);
            clock.advance(Duration.ofDays(30));
            assertThat(backups.dailyIfDue()).as("off").isFalse();
            assertThat(backups.list()).hasSize(2);
        }
    }

    @Test
    void aChangeIsAuditedWithTheOldAndNewValue() {
        try (Services services = TestStores.emptyInMemory()) {
            services.backupFrequency().change(BackupFrequency.WEEKLY);
            services.backupFrequency().change(BackupFrequency.OFF);

            List<AuditEntry> history = services.audit().history("settings", BackupFrequencySetting.KEY, 5);
            assertThat(history).extracting(e -> e.before().get("value") + ">" + e.after().get("value"))
                    .containsExactlyInAnyOrder("DAILY>WEEKLY", "WEEKLY>OFF");
        }
    }

    @Test
    void withoutTheSettingsRightTheFrequencyStays() {
        try (Services services = TestStores.emptyInMemory()) {
            services.access().switchTo(new Principal("ann", "Ann", Role.AGENT), EnumSet.of(Permission.STOCK_VIEW));

            assertThatThrownBy(() -> services.backupFrequency().change(BackupFrequency.OFF))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(services.backupFrequency().frequency()).isEqualTo(BackupFrequency.DAILY);
        }
    }
}

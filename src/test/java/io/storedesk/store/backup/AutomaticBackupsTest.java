package io.storedesk.store.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.Category;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.store.StoreFiles;
import io.storedesk.testing.Migrations;
import io.storedesk.testing.MovingClock;
import io.storedesk.testing.Sheets;
import io.storedesk.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The backups nobody asks for: daily, before migrations, before large imports. */
class AutomaticBackupsTest {

    @Test
    void theDailyBackupIsMadeWhenTheNewestIsADayOld() {
        MovingClock clock = new MovingClock(TestStores.DEMO_CLOCK.instant());
        try (Services services = new Services(Store.open(StoreConfig.embedded(TestStores.newDirectory())), clock)) {
            Backups backups = services.backups();
            assertThat(backups.dailyIfDue()).as("none yet").isTrue();
            clock.advance(Duration.ofHours(23));
            assertThat(backups.dailyIfDue()).as("23 hours later").isFalse();
            clock.advance(Duration.ofHours(1));
            assertThat(backups.dailyIfDue()).as("a day later").isTrue();

            assertThat(backups.list()).extracting(BackupEntry::kind).containsExactly(BackupKind.DAILY, BackupKind.DAILY);
            assertThat(backups.list().get(0).createdAt()).isEqualTo(clock.instant());
        }
    }

    @Test
    void theScheduleIsToldWhenADailyBackupStartsAndEndsAndOnlyThen() {
        MovingClock clock = new MovingClock(TestStores.DEMO_CLOCK.instant());
        try (Services services = new Services(Store.open(StoreConfig.embedded(TestStores.newDirectory())), clock)) {
            List<String> told = new ArrayList<>();
            Supplier<Runnable> underWay = () -> {
                told.add("started with " + services.backups().list().size() + " backups");
                return () -> told.add("ended with " + services.backups().list().size() + " backups");
            };

            assertThat(services.backups().dailyIfDue(underWay)).isTrue();
            clock.advance(Duration.ofHours(23));
            assertThat(services.backups().dailyIfDue(underWay)).as("not due").isFalse();

            assertThat(told).containsExactly("started with 0 backups", "ended with 1 backups");
        }
    }

    @Test
    void aStoreWithPendingMigrationsIsBackedUpAsItWasBeforeTheyRun() throws Exception {
        Path directory = TestStores.newDirectory();
        String url = StoreConfig.embedded(directory).jdbcUrl();
        java.nio.file.Files.createDirectories(StoreFiles.databaseDirectory(directory));
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2").target("20").load().migrate();

        try (Services services = new Services(Store.open(StoreConfig.embedded(directory)), TestStores.DEMO_CLOCK)) {
            assertThat(services.store().schemaVersion()).isEqualTo(Migrations.latestVersion());
            List<BackupEntry> backups = services.backups().list();
            assertThat(backups).extracting(BackupEntry::kind).containsExactly(BackupKind.BEFORE_MIGRATION);
            try (VerifiedBackup verified = services.backups().verify(backups.get(0).file())) {
                assertThat(verified.manifest().schemaVersion()).isEqualTo("20");
                assertThat(verified.manifest().kind()).isEqualTo(BackupKind.BEFORE_MIGRATION);
            }
        }
        // Opening it again migrates nothing, so it backs up nothing.
        try (Services services = new Services(Store.open(StoreConfig.embedded(directory)), TestStores.DEMO_CLOCK)) {
            assertThat(services.backups().list()).hasSize(1);
        }
    }

    @Test
    void anImportOfAtLeastTheSettingsRowsIsPrecededByABackupAndASmallerOneIsNot() {
        try (Services services = new Services(Store.open(StoreConfig.embedded(TestStores.newDirectory())),
                TestStores.DEMO_CLOCK)) {
            new CatalogRepository(services.store().dsl()).insertCategories(List.of(new Category(0, null, "ZNK",
                    "纸尿裤", 1)));
            new SettingsRepository(services.store().dsl()).put(Backups.LARGE_IMPORT_SETTING, "3", "test");
            importCatalog(services, "small.csv", "D-M", "D-L");
            assertThat(services.backups().list()).isEmpty();

            importCatalog(services, "large.csv", "W-1", "W-2", "W-3");
            assertThat(services.backups().list()).extracting(BackupEntry::kind)
                    .containsExactly(BackupKind.BEFORE_IMPORT);
            try (VerifiedBackup before = services.backups().verify(services.backups().list().get(0).file())) {
                // Taken before the large import wrote: it holds the two SKUs of the small one only.
                assertThat(before.manifest().rowCounts()).containsEntry("sku", 2L);
            }
        }
    }

    private static void importCatalog(Services services, String name, String... skus) {
        String[] lines = new String[skus.length + 1];
        lines[0] = "SKU,Product code,Title,Category,Price,Cost,Weight (g),Tags";
        for (int i = 0; i < skus.length; i++) {
            lines[i + 1] = skus[i] + ",P-" + skus[i] + ",商品,纸尿裤,10.00,,100,";
        }
        services.imports().run(ImportKindId.CATALOG, Sheets.csv(name, lines),
                new ImportOptions(ImportMode.ALL_OR_NOTHING, false, false, Map.of(), "tester"), ImportProgress.NONE);
    }
}

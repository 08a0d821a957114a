package io.storedesk.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.AppInfo;
import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.store.StoreFiles;
import io.storedesk.testing.Migrations;
import io.storedesk.testing.TestStores;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Backup files, their checks, and restores that replace a store only after every check passed. */
class BackupsTest {

    private static Path storeWithShopName(String name) {
        Path directory = TestStores.newDirectory();
        try (Store store = Store.open(StoreConfig.embedded(directory))) {
            new SettingsRepository(store.dsl()).put("shop.name", name, "test");
        }
        return directory;
    }

    private static Services open(Path directory) {
        return new Services(Store.open(StoreConfig.embedded(directory)), TestStores.DEMO_CLOCK);
    }

    private static String shopName(Services services) {
        return new SettingsRepository(services.store().dsl()).get("shop.name").orElse(null);
    }

    @Test
    void aBackupDescribesExactlyTheStoreItCopied() throws Exception {
        Path directory = TestStores.copyOfDemo();
        Path file = TestStores.newDirectory().resolve("shop.sdbackup");
        try (Services services = open(directory)) {
            List<Integer> steps = new ArrayList<>();
            BackupManifest manifest = services.backups().backUpTo(file, (done, total) -> steps.add(done));

            Map<String, Long> counts = services.stats().counts();
            assertThat(manifest.rowCounts()).containsAllEntriesOf(counts);
            assertThat(manifest.rowCounts().get("orders")).isEqualTo(counts.get("orders")).isGreaterThan(25_000);
            assertThat(manifest.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(manifest.appVersion()).isEqualTo(AppInfo.version());
            assertThat(manifest.createdAt()).isEqualTo(TestStores.DEMO_CLOCK.instant());
            assertThat(steps).containsExactly(0, 1, 2, 3);
        }
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream payload = zip.getInputStream(
                zip.getEntry(BackupManifest.PAYLOAD_ENTRY))) {
            BackupManifest stored = BackupManifest.parse(zip.getInputStream(zip.getEntry(BackupManifest.ENTRY))
                    .readAllBytes()).orElseThrow();
            Path copy = TestStores.newDirectory().resolve("payload");
            assertThat(WorkFiles.copyHashing(payload, copy)).isEqualTo(stored.payloadSha256());
            assertThat(Files.size(copy)).isEqualTo(stored.payloadBytes());
        }
        assertThat(file.getParent()).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void aRestoreReplacesTheStoreAtTheNextOpenAndKeepsTheReplacedOne() throws Exception {
        Path directory = storeWithShopName("贝贝乐");
        Path file = TestStores.newDirectory().resolve("before.sdbackup");
        StagedRestore staged;
        try (Services services = open(directory)) {
            services.backups().backUpTo(file, BackupProgress.NONE);
            new SettingsRepository(services.store().dsl()).put("shop.name", "changed after the backup", "test");
            try (VerifiedBackup verified = services.backups().verify(file)) {
                assertThat(verified.manifest().rowCounts()).containsEntry("app_setting",
                        services.stats().counts().get("app_setting"));
                staged = services.backups().stage(verified);
            }
            // Staged only: the open store is the same until it is opened again.
            assertThat(shopName(services)).isEqualTo("changed after the backup");
        }
        assertThat(staged.safetyBackup().kind()).isEqualTo(BackupKind.BEFORE_RESTORE);
        assertThat(staged.safetyBackup().file()).exists();

        try (Services services = open(directory)) {
            assertThat(shopName(services)).isEqualTo("贝贝乐");
        }
        Path replaced = staged.replacedStore().resolve("storedesk.mv.db");
        assertThat(replaced).exists().hasParent(PendingRestore.replacedStores(directory).resolve(
                staged.replacedStore().getFileName()));
        try (Store kept = Store.open(new StoreConfig(directory, "jdbc:h2:file:"
                + replaced.toString().replace(".mv.db", "") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", ""))) {
            assertThat(new SettingsRepository(kept.dsl()).get("shop.name")).contains("changed after the backup");
        }
        assertThat(PendingRestore.isStaged(directory)).isFalse();
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndTheStoreStaysAsItWas() throws Exception {
        Path directory = storeWithShopName("贝贝乐");
        Path text = TestStores.newDirectory().resolve("notes.sdbackup");
        Files.writeString(text, "SKU,Title\nD-M,纸尿裤\n");
        Path zipWithoutManifest = TestStores.newDirectory().resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipWithoutManifest))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
        }
        try (Services services = open(directory)) {
            assertRefused(services, text, "backup.error.notBackup");
            assertRefused(services, zipWithoutManifest, "backup.error.notBackup");
            assertRefused(services, text.resolveSibling("missing.sdbackup"), "backup.error.notFound");
            assertThat(shopName(services)).isEqualTo("贝贝乐");
        }
        assertThat(PendingRestore.isStaged(directory)).isFalse();
    }

    @Test
    void truncatedTamperedNewerAndMiscountedBackupsAreEachRefusedForTheirReason() throws Exception {
        Path directory = storeWithShopName("贝贝乐");
        Path good = TestStores.newDirectory().resolve("good.sdbackup");
        try (Services services = open(directory)) {
            services.backups().backUpTo(good, BackupProgress.NONE);
            byte[] bytes = Files.readAllBytes(good);
            Path cut = good.resolveSibling("cut.sdbackup");
            Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            assertRefused(services, cut, "backup.error.truncated");

            assertRefused(services, rewritten(good, "tampered", json -> json.replaceFirst(
                    "\"sha256\" : \"[0-9a-f]{4}", "\"sha256\" : \"0000")), "backup.error.checksum");
            assertRefused(services, rewritten(good, "newer", json -> json.replaceFirst(
                    "\"schemaVersion\" : \"\\d+\"", "\"schemaVersion\" : \"999\"")), "backup.error.newer");
            assertRefused(services, rewritten(good, "garbled", json -> json.replaceFirst(
                    "\"schemaVersion\" : \"\\d+\"", "\"schemaVersion\" : \"x'; DROP\"")), "backup.error.notBackup");
            assertRefused(services, rewritten(good, "miscounted", json -> json.replaceFirst(
                    "\"app_setting\" : \\d+", "\"app_setting\" : 12345")), "backup.error.rowCounts");

            try (VerifiedBackup verified = services.backups().verify(good)) {
                assertThat(verified.manifest().schemaVersion()).isEqualTo(Migrations.latestVersion());
            }
            assertThat(shopName(services)).isEqualTo("贝贝乐");
        }
        assertThat(PendingRestore.isStaged(directory)).isFalse();
        assertThat(directory).isDirectoryNotContaining("glob:**/.restore-work-*");
    }

    @Test
    void aRestoreStagedForAStoreThatAnotherDeskHoldsWaitsAndIsAppliedWhenItOpens() throws Exception {
        Path directory = storeWithShopName("贝贝乐");
        Path file = TestStores.newDirectory().resolve("b.sdbackup");
        try (Services services = open(directory)) {
            services.backups().backUpTo(file, BackupProgress.NONE);
            new SettingsRepository(services.store().dsl()).put("shop.name", "later", "test");
            services.backups().stage(services.backups().verify(file));
            // The store is still open here (this desk holds its file): the swap must not happen under it.
            assertThatThrownBy(() -> PendingRestore.applyIfStaged(directory, StoreFiles.databaseDirectory(directory)))
                    .hasMessageContaining("store.error.inUse");
            assertThat(PendingRestore.isStaged(directory)).isTrue();
        }
        try (Services services = open(directory)) {
            assertThat(shopName(services)).isEqualTo("贝贝乐");
        }
    }

    private static void assertRefused(Services services, Path file, String key) {
        assertThatThrownBy(() -> services.backups().verify(file).close())
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /** A copy of the backup with its manifest edited (the database entry unchanged). */
    private static Path rewritten(Path backup, String name, UnaryOperator<String> edit) throws IOException {
        Path target = backup.resolveSibling(name + ".sdbackup");
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            for (String entry : List.of(BackupManifest.ENTRY, BackupManifest.PAYLOAD_ENTRY)) {
                entries.put(entry, zip.getInputStream(zip.getEntry(entry)).readAllBytes());
            }
        }
        String json = new String(entries.get(BackupManifest.ENTRY), java.nio.charset.StandardCharsets.UTF_8);
        String edited = edit.apply(json);
        assertThat(edited).as("the edit applies").isNotEqualTo(json);
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(edited.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(BackupManifest.PAYLOAD_ENTRY));
            zip.write(entries.get(BackupManifest.PAYLOAD_ENTRY));
        }
        return target;
    }
}

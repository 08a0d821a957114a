package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.Migrations;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BackupCommandTest {

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(Locale locale, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        StoreSessions sessions = dir -> new Services(Store.open(StoreConfig.embedded(Path.of(dir))),
                TestStores.DEMO_CLOCK);
        return Cli.create(dir -> { }, sessions, new PrintWriter(out, true), new PrintWriter(err, true), locale)
                .execute(args);
    }

    private static String shopName(Path directory) {
        try (Store store = Store.open(StoreConfig.embedded(directory))) {
            return new SettingsRepository(store.dsl()).get("shop.name").orElse(null);
        }
    }

    @Test
    void backupThenRestoreBringsTheStoreBackAndKeepsTheReplacedOne() throws Exception {
        Path directory = TestStores.newDirectory();
        try (Store store = Store.open(StoreConfig.embedded(directory))) {
            new SettingsRepository(store.dsl()).put("shop.name", "贝贝乐", "test");
        }
        Path file = TestStores.newDirectory().resolve("shop.sdbackup");

        assertThat(run(Locale.ENGLISH, "backup", "--data-dir", directory.toString(), "--to", file.toString(),
                "--json")).isZero();
        JsonNode manifest = new ObjectMapper().readTree(out.toString());
        assertThat(manifest.path("schemaVersion").asText()).isEqualTo(Migrations.latestVersion());
        assertThat(manifest.path("rowCounts").path("app_setting").asLong()).isPositive();
        assertThat(manifest.path("file").asText()).isEqualTo(file.toAbsolutePath().toString());

        try (Store store = Store.open(StoreConfig.embedded(directory))) {
            new SettingsRepository(store.dsl()).put("shop.name", "changed", "test");
        }
        assertThat(run(Locale.ENGLISH, "restore", "--data-dir", directory.toString(), "--from", file.toString(),
                "--json")).as(err.toString()).isZero();
        JsonNode restored = new ObjectMapper().readTree(out.toString());
        assertThat(Path.of(restored.path("replacedStore").asText()).resolve("storedesk.mv.db")).exists();
        assertThat(shopName(directory)).isEqualTo("贝贝乐");

        assertThat(run(Locale.ENGLISH, "backup", "list", "--data-dir", directory.toString())).isZero();
        assertThat(out.toString()).contains("Before a restore")
                .containsPattern("\\d (KB|MB)  storedesk-before-restore-");
    }

    @Test
    void restoringSomethingThatIsNotABackupIsRefusedInTheUsersLanguageWithExitTwo() throws Exception {
        Path directory = TestStores.newDirectory();
        Path notes = TestStores.newDirectory().resolve("notes.sdbackup");
        Files.writeString(notes, "hello");

        assertThat(run(Locale.SIMPLIFIED_CHINESE, "restore", "--data-dir", directory.toString(), "--from",
                notes.toString())).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("不是 StoreDesk 备份").doesNotContain("Exception");

        assertThat(run(Locale.ENGLISH, "backup", "--data-dir", directory.toString())).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("--to");
        assertThat(run(Locale.ENGLISH, "backup", "list", "--data-dir", directory.toString())).isZero();
        assertThat(out.toString()).contains("no backups");
    }
}

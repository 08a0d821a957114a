package io.storedesk.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.Migrations;
import io.storedesk.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseCheckTest {

    private static Services open(String directory) {
        return new Services(Store.open(StoreConfig.embedded(Path.of(directory))), TestStores.DEMO_CLOCK);
    }

    @Test
    void aNewStoreIsMigratedToTheLatestVersionAndAnswersForEveryTable() {
        Path directory = TestStores.newDirectory();

        CheckResult result = new DatabaseCheck(DatabaseCheckTest::open, directory.toString()).run();

        assertThat(result.passed()).isTrue();
        assertThat(result.checkKey()).isEqualTo("selftest.check.database");
        assertThat(result.detailKey()).isEqualTo("selftest.database.ok");
        assertThat(result.arguments().get(0)).isEqualTo(Migrations.latestVersion());
        assertThat((Integer) result.arguments().get(1)).isGreaterThan(30);
    }

    @Test
    void aStoreThatCannotOpenFailsTheCheckWithTheReason() throws Exception {
        Path notADirectory = Files.createFile(TestStores.newDirectory().resolve("a-file"));

        CheckResult result = new DatabaseCheck(DatabaseCheckTest::open, notADirectory.toString()).run();

        assertThat(result.passed()).isFalse();
        assertThat(result.detailKey()).isEqualTo("selftest.database.failed");
        assertThat(result.arguments()).hasSize(1);
    }

    @Test
    void anOpenerThatThrowsIsReportedNotPropagated() {
        CheckResult result = new DatabaseCheck(dir -> {
            throw new IllegalStateException("driver missing");
        }, "anywhere").run();

        assertThat(result.passed()).isFalse();
        assertThat(result.arguments()).containsExactly("driver missing");
    }
}

package io.storedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.testing.Migrations;
import io.storedesk.testing.TestStores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A store at this build's scripts opens without Flyway; any difference sends it through Flyway. */
class CurrentSchemaTest {

    private static final List<String> H2_SCRIPTS = List.of("db/migration", "db/vendor/h2");

    @Test
    void aMigratedStoreIsCurrentWithFlywaysOwnChecksumsForEveryScript() {
        try (Store store = Store.open(StoreConfig.embedded(TestStores.newDirectory()))) {
            assertThat(CurrentSchema.version(store.dataSource(), H2_SCRIPTS)).contains(Migrations.latestVersion());
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void aPendingAFailedOrAnEditedScriptLeavesTheStoreToFlyway() throws Exception {
        Path directory = TestStores.newDirectory();
        try (Store store = Store.open(StoreConfig.embedded(directory))) {
            change(store, "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1"
                    + " WHERE \"version\" = '5'");
            assertThat(CurrentSchema.version(store.dataSource(), H2_SCRIPTS)).as("edited").isEmpty();
            change(store, "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" - 1"
                    + " WHERE \"version\" = '5'");
            assertThat(CurrentSchema.version(store.dataSource(), H2_SCRIPTS)).as("as before").isPresent();

            change(store, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '5'");
            assertThat(CurrentSchema.version(store.dataSource(), H2_SCRIPTS)).as("failed").isEmpty();
            change(store, "UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '5'");

            change(store, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + Migrations.latestVersion()
                    + "'");
            assertThat(CurrentSchema.version(store.dataSource(), H2_SCRIPTS)).as("pending").isEmpty();
            assertThat(CurrentSchema.version(store.dataSource(), List.of("db/no-such-folder"))).isEmpty();
        }
    }

    private static void change(Store store, String sql) throws Exception {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}

package io.storedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.testing.Migrations;
import io.storedesk.testing.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migrations that differ per database (decision 0026): db/migration runs everywhere, db/vendor/h2 and
 * db/vendor/postgresql hold the variants under the same version numbers.
 */
class VendorMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path H2 = Path.of("src/main/resources/db/vendor/h2");
    private static final Path POSTGRESQL = Path.of("src/main/resources/db/vendor/postgresql");

    @Test
    void everyVariantExistsForBothDatabasesAndNowhereElse() throws IOException {
        assertThat(names(H2)).isNotEmpty().isEqualTo(names(POSTGRESQL));
        assertThat(names(MIGRATIONS)).doesNotContainAnyElementsOf(names(H2));
    }

    /** Stores made before the variants moved to db/vendor/h2 had every script in db/migration. */
    @Test
    void aStoreMigratedFromOneFolderOpensUnchanged() throws Exception {
        Path oneFolder = Files.createDirectories(TestStores.newDirectory().resolve("scripts"));
        for (Path folder : List.of(MIGRATIONS, H2)) {
            for (String name : names(folder)) {
                Files.copy(folder.resolve(name), oneFolder.resolve(name));
            }
        }
        Path dataDirectory = TestStores.newDirectory();
        StoreConfig config = StoreConfig.embedded(dataDirectory);
        Flyway.configure().dataSource(config.jdbcUrl(), config.user(), config.password())
                .locations("filesystem:" + oneFolder.toAbsolutePath()).load().migrate();

        try (Store store = Store.open(config)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void theRollupTablesOfTheVariantExistOnTheStoresDatabase() throws Exception {
        try (Services services = TestStores.emptyInMemory();
             Connection c = services.store().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM kpi_order_slice WHERE placed_hour BETWEEN 0 AND 23")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getLong(1)).isZero();
            assertThat(services.store().schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    /**
     * Every index is written with each row of its table and rewritten with each update of it, so two with the
     * same columns only cost (decision 0012's amendment). On H2, a foreign key brings its own index.
     */
    @Test
    void noIndexRepeatsTheColumnsOfAnotherOfItsTable() throws Exception {
        Map<String, List<String>> columnsByIndex = new TreeMap<>();
        try (Services services = TestStores.emptyInMemory();
             Connection c = services.store().dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet r = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (r.next()) {
                    tables.add(r.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (ResultSet r = meta.getIndexInfo(c.getCatalog(), c.getSchema(), table, false, true)) {
                    while (r.next()) {
                        if (r.getString("INDEX_NAME") != null) {
                            columnsByIndex.computeIfAbsent(table + " " + r.getString("INDEX_NAME"),
                                    k -> new ArrayList<>()).add(r.getShort("ORDINAL_POSITION") + ":"
                                    + r.getString("COLUMN_NAME"));
                        }
                    }
                }
            }
        }
        Map<String, List<String>> indexesByColumns = new TreeMap<>();
        columnsByIndex.forEach((index, columns) -> {
            String table = index.substring(0, index.indexOf(' '));
            indexesByColumns.computeIfAbsent(table + " " + columns.stream().sorted().toList(),
                    k -> new ArrayList<>()).add(index);
        });
        assertThat(columnsByIndex).hasSizeGreaterThan(100);
        assertThat(indexesByColumns.values().stream().filter(indexes -> indexes.size() > 1)).isEmpty();
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .collect(Collectors.toSet());
        }
    }
}

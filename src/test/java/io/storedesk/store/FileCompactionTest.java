package io.storedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCompactionTest {

    private static final int ROWS = 2_000;

    @TempDir
    Path dir;

    @Test
    void aFileOfMostlyOldPagesShrinksAndKeepsEveryRow() throws Exception {
        JdbcDataSource database = database();
        try (Connection held = database.getConnection()) {
            churn(held, 25);
            long before = Files.size(file());

            var shrunk = new FileCompaction(0, FileCompaction.MAX_FILL_PERCENT).ifMostlyFree(database);

            assertThat(shrunk).isPresent();
            assertThat(shrunk.get().before()).isEqualTo(before);
            assertThat(shrunk.get().after()).isEqualTo(Files.size(file())).isLessThan(before / 4);
            // The database closed under the connection still held, as it does under the pool's others.
            assertThat(held.isValid(1)).isFalse();
        }
        try (Connection reopened = database().getConnection();
             Statement statement = reopened.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*), SUM(round), MIN(note) FROM churned")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(ROWS);
            assertThat(rows.getLong(2)).isEqualTo(24L * ROWS);
            assertThat(rows.getString(3)).startsWith("round 24 ");
        }
    }

    @Test
    void closingTheStoreCompactsALargeFileOfMostlyOldPages() throws Exception {
        Path data = dir.resolve("desk");
        Path file = StoreFiles.databaseDirectory(data).resolve("storedesk.mv.db");
        Store store = Store.open(StoreConfig.embedded(data));
        try (Connection connection = store.dataSource().getConnection()) {
            churn(connection, 120);
        }
        long before = Files.size(file);
        assertThat(before).as("the churn makes a file large enough to be compacted")
                .isGreaterThanOrEqualTo(FileCompaction.MIN_FILE_BYTES);

        store.close();

        assertThat(Files.size(file)).isLessThan(before / 4);
        Store reopened = Store.open(StoreConfig.embedded(data));
        try {
            assertThat(((Number) reopened.dsl().fetchValue("SELECT COUNT(*) FROM churned")).intValue()).isEqualTo(ROWS);
        } finally {
            reopened.close();
        }
    }

    @Test
    void aWellFilledFileIsLeftAsItIs() throws Exception {
        JdbcDataSource database = database();
        try (Connection held = database.getConnection()) {
            churn(held, 1);
            long before = Files.size(file());

            assertThat(new FileCompaction(0, FileCompaction.MAX_FILL_PERCENT).ifMostlyFree(database)).isEmpty();

            assertThat(held.isValid(1)).isTrue();
            assertThat(Files.size(file())).isEqualTo(before);
        }
    }

    @Test
    void aSmallFileIsLeftAsItIsWhateverItsFill() throws Exception {
        JdbcDataSource database = database();
        try (Connection held = database.getConnection()) {
            churn(held, 25);

            assertThat(FileCompaction.standard().ifMostlyFree(database)).isEmpty();

            assertThat(held.isValid(1)).isTrue();
        }
    }

    @Test
    void anInMemoryDatabaseIsLeftAlone() throws Exception {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:compaction-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        memory.setUser("sa");
        try (Connection held = memory.getConnection()) {
            churn(held, 3);

            assertThat(new FileCompaction(0, 101).ifMostlyFree(memory)).isEmpty();

            assertThat(held.isValid(1)).isTrue();
        }
    }

    private JdbcDataSource database() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + dir.resolve("storedesk") + ";DB_CLOSE_ON_EXIT=FALSE");
        database.setUser("sa");
        return database;
    }

    private Path file() {
        return dir.resolve("storedesk.mv.db");
    }

    /**
     * Writes the rows, then rewrites all of them round after round, each round committed and written to the file
     * on its own (as H2 does by itself after a second, or sooner when much has changed).
     */
    private static void churn(Connection connection, int rounds) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS churned (id INT PRIMARY KEY, round INT, note VARCHAR(400))");
        }
        String padding = "x".repeat(300);
        try (PreparedStatement write = connection.prepareStatement("MERGE INTO churned KEY (id) VALUES (?, ?, ?)");
             Statement checkpoint = connection.createStatement()) {
            for (int round = 0; round < rounds; round++) {
                for (int id = 0; id < ROWS; id++) {
                    write.setInt(1, id);
                    write.setInt(2, round);
                    write.setString(3, "round " + round + " " + padding);
                    write.addBatch();
                }
                write.executeBatch();
                checkpoint.execute("CHECKPOINT");
            }
        }
    }
}

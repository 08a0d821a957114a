package io.storedesk.store.backup;

import io.storedesk.store.Store;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;

/**
 * What backups need of H2 beyond jOOQ: its online backup of the database file, row counts of every table, and
 * the schema history of a database file opened read-only.
 */
final class H2Files {

    /** The file name H2 gives the embedded store (StoreConfig.embedded: db/storedesk). */
    static final String DATABASE_FILE = "storedesk.mv.db";

    private H2Files() {
    }

    /**
     * Writes a zip of the database file as H2's BACKUP TO does: MVStore copies a consistent snapshot of committed
     * data while others keep writing (see decision 0023). The same steps as H2's BackupCommand, through its engine
     * classes, but deflated at the fastest level: BACKUP TO deflates at the default level, which took 17.5–19 s for
     * a store file of 373 MB on the 2-core machine against 5.4–6 s, for a zip 10 % larger (145 MB instead of 132).
     * The bytes H2 zips are also written as they are to databaseCopy, which the backup then opens to count its rows:
     * unzipping them again took another 2.4 s for a store file of 435 MB.
     */
    static void backupTo(DataSource store, Path zip, Path databaseCopy) throws SQLException, IOException {
        try (Connection connection = store.getConnection()) {
            Database database = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase();
            if (!database.isPersistent()) {
                throw new SQLException("The store is not a database file: " + database.getName());
            }
            database.getStore().flush();
            database.flush();
            try (OutputStream copy = new BufferedOutputStream(Files.newOutputStream(databaseCopy));
                 ZipOutputStream out = new CopyingZipOutputStream(
                         new BufferedOutputStream(Files.newOutputStream(zip)), copy)) {
                out.setLevel(Deflater.BEST_SPEED);
                synchronized (database.getLobSyncObject()) {
                    database.getStore().getMvStore().getFileStore().backup(out);
                }
            }
        }
    }

    /** A zip stream that also writes every byte given to it, uncompressed, to a copy (H2 writes one entry). */
    private static final class CopyingZipOutputStream extends ZipOutputStream {

        private final OutputStream copy;

        CopyingZipOutputStream(OutputStream zip, OutputStream copy) {
            super(zip);
            this.copy = copy;
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            copy.write(bytes, offset, length);
            super.write(bytes, offset, length);
        }
    }

    /** Opens a database file (…/storedesk.mv.db) read-only, so checking it changes no byte of it. */
    static Connection openReadOnly(Path databaseFile) throws SQLException {
        String name = databaseFile.getFileName().toString();
        String base = databaseFile.toAbsolutePath().getParent()
                .resolve(name.substring(0, name.length() - ".mv.db".length())).toString();
        return DriverManager.getConnection("jdbc:h2:file:" + base
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"")
                         + "\"")) {
                rows.next();
                counts.put(table.toLowerCase(java.util.Locale.ROOT), rows.getLong(1));
            }
        }
        return counts;
    }

    /** The highest migration recorded as applied in a database ("0" when it has none). */
    static String appliedSchemaVersion(Connection connection) throws SQLException {
        MigrationVersion highest = MigrationVersion.fromVersion("0");
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                     + "WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rows.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                if (version.compareTo(highest) > 0) {
                    highest = version;
                }
            }
        }
        return highest.getVersion();
    }

    /** The highest migration this build carries, read from its resources through an empty in-memory database. */
    static String latestSchemaVersionOfThisBuild() {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:");
        MigrationVersion highest = MigrationVersion.fromVersion("0");
        for (MigrationInfo info : Flyway.configure().dataSource(empty).locations(Store.embeddedMigrationLocations()).load()
                .info().all()) {
            if (info.getVersion() != null && info.getVersion().compareTo(highest) > 0) {
                highest = info.getVersion();
            }
        }
        return highest.getVersion();
    }

    static boolean isNewer(String version, String than) {
        return MigrationVersion.fromVersion(version).compareTo(MigrationVersion.fromVersion(than)) > 0;
    }
}

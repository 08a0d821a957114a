package io.storedesk.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shrinks the embedded store's file as the desk closes when most of it is space old versions of pages left
 * behind (decision 0036). H2 writes every changed page to a new place and reuses the old places only later; on
 * closing it moves pages for 200 ms at most. After a busy session (a large import, a routing pass) the file holds
 * ten to seventy times its live data, and the next backup copies all of it. SHUTDOWN COMPACT writes the live data
 * to a new file and closes the database, so it runs only when no one else uses the store: as it closes.
 */
final class FileCompaction {

    private static final Logger LOG = LoggerFactory.getLogger(FileCompaction.class);

    /** Files smaller than this are left as they are: what they could give back is not worth a wait. */
    static final long MIN_FILE_BYTES = 64L * 1024 * 1024;
    /**
     * The share of the file live data fills below which it is compacted: H2's share of the file in chunks times the
     * share of those chunks still live (a demo shop just loaded: 16 %; a file just compacted: 60 % or more).
     */
    static final int MAX_FILL_PERCENT = 50;

    private final long minFileBytes;
    private final int maxFillPercent;

    FileCompaction(long minFileBytes, int maxFillPercent) {
        this.minFileBytes = minFileBytes;
        this.maxFillPercent = maxFillPercent;
    }

    static FileCompaction standard() {
        return new FileCompaction(MIN_FILE_BYTES, MAX_FILL_PERCENT);
    }

    /**
     * Compacts the database file behind dataSource, closing the database, when it is large and mostly free;
     * answers the file's size before and after, or nothing when it was left as it is (a small or well filled
     * file, an in-memory database, another database than H2). A failure is logged, never thrown: the store is
     * closing anyway and H2 replaces the file only once the compacted copy is whole. Call it only as the store
     * closes: it lets H2 reuse at once the space it keeps a while for readers of older versions.
     */
    Optional<Shrunk> ifMostlyFree(DataSource dataSource) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            return compactIfMostlyFree(connection);
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("The store file could not be compacted on closing; it stays as it was", e);
            return Optional.empty();
        } finally {
            closeAfter(dataSource, connection);
        }
    }

    private Optional<Shrunk> compactIfMostlyFree(Connection connection) throws SQLException, IOException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return Optional.empty();
        }
        Database database = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase();
        if (!database.isPersistent() || database.isReadOnly()) {
            return Optional.empty();
        }
        FileStore<?> file = database.getStore().getMvStore().getFileStore();
        // Pages no longer used are kept for a while (45 s) in case a reader still needs them; no one will now.
        file.setRetentionTime(0);
        file.dropUnusedChunks();
        long before = file.size();
        int fill = file.getFillRate() * file.getChunksFillRate() / 100;
        if (before < minFileBytes || fill >= maxFillPercent) {
            return Optional.empty();
        }
        Path fileName = Path.of(file.getFileName());
        long started = System.nanoTime();
        connection.createStatement().execute("SHUTDOWN COMPACT");
        long after = Files.size(fileName);
        LOG.info("Store file compacted on closing: {} MB ({} % filled) to {} MB in {} ms", before >> 20, fill,
                after >> 20, (System.nanoTime() - started) / 1_000_000);
        return Optional.of(new Shrunk(before, after));
    }

    /**
     * Gives the connection back; after SHUTDOWN COMPACT the pool is told to drop it instead, since its clean-up of
     * a returned connection would meet a closed database (H2 writes that to its trace file).
     */
    private static void closeAfter(DataSource dataSource, Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            boolean shutDown = connection.isWrapperFor(JdbcConnection.class)
                    && connection.unwrap(JdbcConnection.class).isClosed();
            if (shutDown && dataSource instanceof HikariDataSource pool) {
                pool.evictConnection(connection);
            } else {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.debug("Connection closed after the store shut down", e);
        }
    }

    /** The database file's size in bytes before and after compaction. */
    record Shrunk(long before, long after) {
    }
}

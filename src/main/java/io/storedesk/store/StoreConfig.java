package io.storedesk.store;

import java.nio.file.Path;
import java.util.Objects;

/** How to reach a store: the desk's data directory and the JDBC URL (an H2 file inside it by default). */
public record StoreConfig(Path dataDirectory, String jdbcUrl, String user, String password) {

    public StoreConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /** The embedded store: db/storedesk.mv.db under the data directory. */
    public static StoreConfig embedded(Path dataDirectory) {
        Path file = StoreFiles.databaseDirectory(dataDirectory).resolve("storedesk");
        // DB_CLOSE_ON_EXIT=FALSE: the application closes the pool itself, in order, on shutdown.
        return new StoreConfig(dataDirectory, "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** An in-memory store that lives as long as the JVM, for tests. */
    public static StoreConfig inMemory(Path dataDirectory, String name) {
        return new StoreConfig(dataDirectory, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    public boolean isEmbedded() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }
}

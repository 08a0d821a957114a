package io.storedesk.store;

import io.storedesk.common.RefusedInputException;
import java.nio.file.Path;
import java.util.Locale;
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

    // --- Several desks on one PostgreSQL server (decision 0026) ---------------------------------------

    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    /**
     * A store on a PostgreSQL server that several desks share; the data directory still holds this desk's
     * logs and settings. Other URLs are refused, and so is a password inside the URL (it would end up in
     * logs and process lists: it belongs in STOREDESK_DB_PASSWORD).
     */
    public static StoreConfig server(Path dataDirectory, String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith(POSTGRESQL_PREFIX)) {
            throw new RefusedInputException("store.server.unsupportedUrl", jdbcUrl);
        }
        if (jdbcUrl.toLowerCase(Locale.ROOT).contains("password=")) {
            throw new RefusedInputException("store.server.passwordInUrl");
        }
        return new StoreConfig(dataDirectory, jdbcUrl, user, password);
    }

    public boolean isServer() {
        return jdbcUrl.startsWith(POSTGRESQL_PREFIX);
    }

    /** What a message or the log may show of the URL: a server's without its parameters. */
    public String displayUrl() {
        if (!isServer()) {
            return jdbcUrl;
        }
        int parameters = jdbcUrl.indexOf('?');
        return parameters < 0 ? jdbcUrl : jdbcUrl.substring(0, parameters);
    }

    /** Never prints the password (a record's own toString would). */
    @Override
    public String toString() {
        return "StoreConfig[" + dataDirectory + ", " + displayUrl() + ", user " + user + "]";
    }

    // --- end of several desks ------------------------------------------------------------------------
}

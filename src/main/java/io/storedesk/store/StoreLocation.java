package io.storedesk.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a desk's store is, as asked on the command line: the data directory (logs, settings, backups and,
 * by default, the H2 store itself) and, for several desks on one server, a PostgreSQL URL and user. Each
 * falls back to its environment variable; the password only ever comes from STOREDESK_DB_PASSWORD, so it
 * is never on a command line or in a process list. Without either, the connection saved in the window
 * ({@link SavedConnection}) applies.
 */
public record StoreLocation(String dataDirectory, String serverUrl, String serverUser) {

    public static final String ENV_URL = "STOREDESK_DB_URL";
    public static final String ENV_USER = "STOREDESK_DB_USER";
    public static final String ENV_PASSWORD = "STOREDESK_DB_PASSWORD";

    /** Only a data directory (null = the default one); a server still applies if STOREDESK_DB_URL names one. */
    public static StoreLocation of(String dataDirectory) {
        return new StoreLocation(dataDirectory, null, null);
    }

    /** Whether this start names a server itself (--db-url or STOREDESK_DB_URL), over the saved connection. */
    public boolean namesServer(Map<String, String> env) {
        return hasText(serverUrl) || hasText(env.get(ENV_URL));
    }

    public StoreLocation withDataDirectory(String directory) {
        return new StoreLocation(directory, serverUrl, serverUser);
    }

    /** The store to open for this location, with the data directory already resolved. */
    public StoreConfig config(Path resolvedDataDirectory, Map<String, String> env) {
        String url = hasText(serverUrl) ? serverUrl.trim() : env.get(ENV_URL);
        if (!hasText(url)) {
            // The store chosen in the window for this data directory, else its H2 file (decision 0031).
            return SavedConnection.in(resolvedDataDirectory).config(resolvedDataDirectory)
                    .orElseGet(() -> StoreConfig.embedded(resolvedDataDirectory));
        }
        String user = hasText(serverUser) ? serverUser.trim() : env.get(ENV_USER);
        String password = env.get(ENV_PASSWORD);
        return StoreConfig.server(resolvedDataDirectory, url.trim(), user, password == null ? "" : password);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}

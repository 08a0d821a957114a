package io.storedesk.cli;

import io.storedesk.store.StoreLocation;
import picocli.CommandLine.Option;

/**
 * The options every command that opens a store takes: the data directory and, for several desks on one
 * PostgreSQL server, its URL and user (the password only from STOREDESK_DB_PASSWORD, never an option).
 */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory of the store (default: STOREDESK_HOME, else the OS's application data folder).")
    String dataDirectory;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "A PostgreSQL store shared by several desks, jdbc:postgresql://host:port/database "
                    + "(default: STOREDESK_DB_URL, else the H2 store in the data directory). "
                    + "The password comes from STOREDESK_DB_PASSWORD.")
    String serverUrl;

    @Option(names = "--db-user", paramLabel = "USER",
            description = "The PostgreSQL user (default: STOREDESK_DB_USER).")
    String serverUser;

    /** Where the store is: the data directory (null = the default) and the server, if one is named. */
    public StoreLocation value() {
        return new StoreLocation(dataDirectory, serverUrl, serverUser);
    }
}

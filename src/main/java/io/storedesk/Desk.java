package io.storedesk;

import io.storedesk.store.DataDirectory;
import io.storedesk.store.Store;
import io.storedesk.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;

/** Opens the store of a data directory (logging to its log folder) and builds the services on it. */
public final class Desk {

    private Desk() {
    }

    /** explicitDataDirectory may be null: then STOREDESK_HOME or the OS default applies. */
    public static Services open(String explicitDataDirectory, Clock clock) {
        return open(StoreLocation.of(explicitDataDirectory), clock);
    }

    /** The store of a location: a PostgreSQL server if one is named (or in STOREDESK_DB_URL), else the H2 file. */
    public static Services open(StoreLocation location, Clock clock) {
        Path dataDirectory = DataDirectory.resolve(location.dataDirectory());
        Logging.logToDataDirectory(dataDirectory);
        return new Services(Store.open(location.config(dataDirectory, System.getenv())), clock);
    }
}

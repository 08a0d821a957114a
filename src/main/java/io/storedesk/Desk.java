package io.storedesk;

import io.storedesk.store.DataDirectory;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;

/** Opens the store of a data directory (logging to its log folder) and builds the services on it. */
public final class Desk {

    private Desk() {
    }

    /** explicitDataDirectory may be null: then STOREDESK_HOME or the OS default applies. */
    public static Services open(String explicitDataDirectory, Clock clock) {
        Path dataDirectory = DataDirectory.resolve(explicitDataDirectory);
        Logging.logToDataDirectory(dataDirectory);
        return new Services(Store.open(StoreConfig.embedded(dataDirectory)), clock);
    }
}

package io.storedesk.cli;

import io.storedesk.Desk;
import io.storedesk.Services;
import io.storedesk.store.StoreLocation;
import java.time.Clock;

/** Opens the store a command works on; a seam so tests can point commands at their own clock. */
@FunctionalInterface
public interface StoreSessions {

    Services open(String dataDirectory);

    /** The store of a location; sessions that only know data directories (tests) ignore a server. */
    default Services open(StoreLocation location) {
        return open(location.dataDirectory());
    }

    static StoreSessions system() {
        return new StoreSessions() {
            @Override
            public Services open(String dataDirectory) {
                return open(StoreLocation.of(dataDirectory));
            }

            @Override
            public Services open(StoreLocation location) {
                return Desk.open(location, Clock.systemDefaultZone());
            }
        };
    }
}

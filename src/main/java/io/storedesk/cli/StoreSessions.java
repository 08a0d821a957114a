package io.storedesk.cli;

import io.storedesk.Desk;
import io.storedesk.Services;
import java.time.Clock;

/** Opens the store a command works on; a seam so tests can point commands at their own clock. */
@FunctionalInterface
public interface StoreSessions {

    Services open(String dataDirectory);

    static StoreSessions system() {
        return dataDirectory -> Desk.open(dataDirectory, Clock.systemDefaultZone());
    }
}

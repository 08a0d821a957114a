package io.storedesk.store.backup;

import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import java.nio.file.Path;

/** Child process for the store-in-use test: opens a store, says OPEN, holds it until its input closes. */
public final class StoreHolder {

    private StoreHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(StoreConfig.embedded(Path.of(args[0])))) {
            System.out.println("OPEN " + store.schemaVersion());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Holding the store until the parent closes our input.
            }
        }
    }
}

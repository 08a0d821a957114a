package io.storedesk.store;

import java.util.function.Supplier;

/**
 * Runs work as one unit: every repository call made on this thread inside it commits together or not
 * at all. Calls may nest (inner units become savepoints).
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

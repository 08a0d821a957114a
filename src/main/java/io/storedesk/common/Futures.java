package io.storedesk.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on another thread. */
public final class Futures {

    private Futures() {
    }

    /**
     * The work's value, or what it threw as it threw it (not wrapped in a CompletionException), so that its message
     * reaches the person.
     */
    public static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error thrown) {
                throw thrown;
            }
            throw e;
        }
    }
}

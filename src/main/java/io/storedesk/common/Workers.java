package io.storedesk.common;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Stopping background threads that write to the store. */
public final class Workers {

    private Workers() {
    }

    /**
     * Takes no more work and waits up to patience for the work under way, without interrupting it: an interrupt
     * closes H2's file channel under the work (and with it the store), so work that outlasts patience is left to
     * finish or fail on its own.
     */
    public static void finishWithoutInterrupting(ExecutorService executor, Duration patience) {
        executor.shutdown();
        try {
            executor.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

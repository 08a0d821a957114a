package io.storedesk.ui;

import io.storedesk.common.Futures;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Something opened on a thread of its own before the window exists: the store opens while the toolkit starts, so the
 * two cores of a small machine do both at once instead of one after the other (decision 0035). The start-up task
 * then waits for it instead of opening it itself.
 *
 * @param <T> what is opened (the services on the store); null when the opener decided not to open (a first run)
 */
final class OpeningAhead<T extends AutoCloseable> {

    private final CompletableFuture<T> opened = new CompletableFuture<>();

    private OpeningAhead() {
    }

    /** Starts opener on a daemon thread of the given name. */
    static <T extends AutoCloseable> OpeningAhead<T> start(String threadName, Supplier<T> opener) {
        OpeningAhead<T> opening = new OpeningAhead<>();
        Thread thread = new Thread(() -> {
            try {
                opening.opened.complete(opener.get());
            } catch (RuntimeException | Error e) {
                opening.opened.completeExceptionally(e);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    /** Waits for what was opened; a failure is thrown as the opener threw it, so its message reaches the person. */
    T await() {
        return Futures.join(opened);
    }

    /** For a window that closed (or never opened) before anyone took what was opened: it is closed once it is open. */
    void closeWhenOpened() {
        opened.thenAccept(opening -> {
            if (opening != null) {
                try {
                    opening.close();
                } catch (Exception e) {
                    // Closing on the way out: nothing is left to tell.
                }
            }
        });
    }
}

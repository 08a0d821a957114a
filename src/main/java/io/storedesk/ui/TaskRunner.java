package io.storedesk.ui;

import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread and hands its result (or failure) back on it. The window uses
 * {@link FxTaskRunner}; view-model tests use {@link InlineTaskRunner}, which runs on the calling thread.
 */
public interface TaskRunner {

    <T> Cancellable run(String titleKey, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                        Consumer<Throwable> onFailure);

    /**
     * Like {@link #run}, also handing the work's progress reports to onProgress on the window's thread.
     * Cancelling asks the work to stop (it sees {@link WorkProgress#isCancelled()}); neither onSuccess nor
     * onFailure is called after a cancel.
     */
    <T> Cancellable run(String titleKey, BackgroundWork<T> work, Consumer<ProgressReport> onProgress,
                        Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}

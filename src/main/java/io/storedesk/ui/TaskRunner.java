package io.storedesk.ui;

import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread and hands its result (or failure) back on it. The window uses
 * {@link FxTaskRunner}; view-model tests use {@link InlineTaskRunner}, which runs on the calling thread.
 */
public interface TaskRunner {

    <T> Cancellable run(String titleKey, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                        Consumer<Throwable> onFailure);
}

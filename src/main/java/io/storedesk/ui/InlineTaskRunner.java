package io.storedesk.ui;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: deterministic view-model tests without a JavaFX toolkit. */
public final class InlineTaskRunner implements TaskRunner {

    @Override
    public <T> Cancellable run(String titleKey, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                               Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.run(WorkProgress.NONE);
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}

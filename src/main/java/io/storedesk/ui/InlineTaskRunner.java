package io.storedesk.ui;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: deterministic view-model tests without a JavaFX toolkit. */
public final class InlineTaskRunner implements TaskRunner {

    @Override
    public <T> Cancellable run(String titleKey, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                               Consumer<Throwable> onFailure) {
        return run(titleKey, work, report -> { }, onSuccess, onFailure);
    }

    @Override
    public <T> Cancellable run(String titleKey, BackgroundWork<T> work, Consumer<ProgressReport> onProgress,
                               Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.run(new WorkProgress() {
                @Override
                public void update(long done, long total) {
                    onProgress.accept(new ProgressReport(done, total));
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}

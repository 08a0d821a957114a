package io.storedesk.testing;

import io.storedesk.ui.BackgroundWork;
import io.storedesk.ui.Cancellable;
import io.storedesk.ui.ProgressReport;
import io.storedesk.ui.TaskRunner;
import io.storedesk.ui.WorkProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Holds work until the test finishes it, in any order: for answers that arrive out of order. Cancelling
 * held work lets it see {@link WorkProgress#isCancelled()} when it runs, as the window's runner does.
 */
public final class ManualTaskRunner implements TaskRunner {

    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> Cancellable run(String titleKey, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                               Consumer<Throwable> onFailure) {
        return run(titleKey, work, report -> { }, onSuccess, onFailure);
    }

    @Override
    public <T> Cancellable run(String titleKey, BackgroundWork<T> work, Consumer<ProgressReport> onProgress,
                               Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        WorkProgress progress = new WorkProgress() {
            @Override
            public void update(long done, long total) {
                onProgress.accept(new ProgressReport(done, total));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        pending.add(() -> {
            T result;
            try {
                result = work.run(progress);
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
        return () -> cancelled.set(true);
    }

    public int pending() {
        return pending.size();
    }

    /** Completes the work started index-th (0 = first still pending). */
    public void finish(int index) {
        pending.remove(index).run();
    }
}

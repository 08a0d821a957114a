package io.storedesk.testing;

import io.storedesk.ui.BackgroundWork;
import io.storedesk.ui.Cancellable;
import io.storedesk.ui.TaskRunner;
import io.storedesk.ui.WorkProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Holds work until the test finishes it, in any order: for answers that arrive out of order. */
public final class ManualTaskRunner implements TaskRunner {

    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> Cancellable run(String titleKey, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                               Consumer<Throwable> onFailure) {
        pending.add(() -> {
            T result;
            try {
                result = work.run(WorkProgress.NONE);
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
        return () -> { };
    }

    public int pending() {
        return pending.size();
    }

    /** Completes the work started index-th (0 = first still pending). */
    public void finish(int index) {
        pending.remove(index).run();
    }
}

package io.storedesk.bench;

import io.storedesk.Services;
import io.storedesk.stock.WarningKind;
import io.storedesk.stock.ui.StockDesk;
import io.storedesk.stock.ui.StockWarningsViewModel;
import io.storedesk.ui.BackgroundWork;
import io.storedesk.ui.Cancellable;
import io.storedesk.ui.InlineTaskRunner;
import io.storedesk.ui.ProgressReport;
import io.storedesk.ui.TaskRunner;
import java.util.List;
import java.util.function.Consumer;

/**
 * The stock pane's share of the window thread on a large store: the pane holds the plan made at start (and
 * after each change) in the background, so opening it costs only putting that plan's rows on screen and
 * filtering them. This measures that work, the part a person waits for, without a toolkit.
 */
final class StockPaneBench {

    private final WindowThreadClock clock = new WindowThreadClock();
    private final StockWarningsViewModel model;

    StockPaneBench(Services services) {
        StockDesk desk = new StockDesk(services.stockPlanning(), services.stock(), services.catalog()::categories,
                (suggestions, user) -> List.of(), (moves, user) -> List.of(), (clearances, user) -> 0);
        model = new StockWarningsViewModel(desk, clock, () -> "bench");
    }

    /** Plans in the "background" and answers the milliseconds the window thread spent showing the result. */
    long showFreshPlan() {
        clock.reset();
        model.refresh();
        return clock.millis();
    }

    /** Switches the pane to one kind of warning and back to all; answers the window thread's milliseconds. */
    long filterByKindAndBack() {
        long start = System.nanoTime();
        model.kindProperty().set(WarningKind.OVERSTOCK);
        model.kindProperty().set(null);
        return (System.nanoTime() - start) / 1_000_000;
    }

    int rowsShown() {
        return model.rows().size();
    }

    /** Runs the work inline and times only the result's handling, which the window runs on its own thread. */
    private static final class WindowThreadClock implements TaskRunner {

        private final InlineTaskRunner inline = new InlineTaskRunner();
        private long nanos;

        void reset() {
            nanos = 0;
        }

        long millis() {
            return nanos / 1_000_000;
        }

        @Override
        public <T> Cancellable run(String titleKey, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                                   Consumer<Throwable> onFailure) {
            return run(titleKey, work, report -> { }, onSuccess, onFailure);
        }

        @Override
        public <T> Cancellable run(String titleKey, BackgroundWork<T> work, Consumer<ProgressReport> onProgress,
                                   Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            return inline.run(titleKey, work, onProgress, result -> {
                long start = System.nanoTime();
                onSuccess.accept(result);
                nanos += System.nanoTime() - start;
            }, failure -> {
                throw new IllegalStateException(failure);
            });
        }
    }
}

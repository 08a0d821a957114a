package io.storedesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's one background executor. Results and failures come back on the JavaFX thread;
 * the status bar binds to what is running and how far the latest work that still runs has come.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final List<Runnable> waitingForIdle = new ArrayList<>();
    /** What runs, oldest first: the status bar shows the latest (its title, progress and step). */
    private final List<Running> runningWork = new ArrayList<>();

    public FxTaskRunner() {
        AtomicInteger number = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "storedesk-worker-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Cancellable run(String titleKey, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                               Consumer<Throwable> onFailure) {
        return run(titleKey, work, report -> { }, onSuccess, onFailure);
    }

    @Override
    public <T> Cancellable run(String titleKey, BackgroundWork<T> work, Consumer<ProgressReport> onProgress,
                               Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            return refused(titleKey);
        }
        WorkTask<T> task = new WorkTask<>(work);
        // The task coalesces updates onto the JavaFX thread; each one reaches onProgress there.
        task.workDoneProperty().addListener((obs, old, now) ->
                onProgress.accept(new ProgressReport(now.longValue(), (long) task.getTotalWork())));
        Running entry = new Running(titleKey, task.progressProperty(), task.messageProperty());
        started(entry);
        task.setOnSucceeded(e -> {
            finished(entry);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(entry);
            LOG.warn("Background work '{}' failed", titleKey, task.getException());
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> finished(entry));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closedMeanwhile) {
            finished(entry);
            return refused(titleKey);
        }
        // No interrupt: an interrupted thread closes H2's file channel. The work polls isCancelled instead.
        return () -> task.cancel(false);
    }

    /**
     * Work handed in after {@link #close()} (the window closed while a schedule or a finishing task still asked
     * for more) is dropped: nobody is left to see its result.
     */
    private static Cancellable refused(String titleKey) {
        LOG.debug("Background work '{}' not started: the desk is closing", titleKey);
        return () -> { };
    }

    /** A JavaFX task that lets its work report progress and see cancellation. */
    private static final class WorkTask<T> extends Task<T> implements WorkProgress {

        private final BackgroundWork<T> work;

        WorkTask(BackgroundWork<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }

        @Override
        public void step(String messageKey) {
            updateMessage(messageKey);
        }
    }

    /**
     * Work that runs on a thread of its own (the daily backup) counted as running until the returned action is run:
     * the status bar names it and the window waits for it before it closes. Both may be called from any thread.
     */
    public Runnable outsideWorkStarted(String titleKey) {
        // Progress unknown, no steps: the status bar shows an indeterminate bar.
        Running entry = new Running(titleKey, new ReadOnlyDoubleWrapper(-1), new ReadOnlyStringWrapper(""));
        onFxThread(() -> started(entry));
        AtomicBoolean ended = new AtomicBoolean();
        return () -> {
            if (ended.compareAndSet(false, true)) {
                onFxThread(() -> finished(entry));
            }
        };
    }

    private void started(Running entry) {
        runningWork.add(entry);
        running.set(runningWork.size());
        show(entry);
    }

    /** When the latest work ends, the status bar shows the latest that still runs, title, progress and step. */
    private void finished(Running entry) {
        runningWork.remove(entry);
        running.set(runningWork.size());
        if (!runningWork.isEmpty()) {
            show(runningWork.get(runningWork.size() - 1));
            return;
        }
        progress.unbind();
        progress.set(-1);
        step.unbind();
        step.set("");
        title.set("");
    }

    private void show(Running entry) {
        title.set(entry.titleKey());
        progress.bind(entry.progress());
        step.bind(entry.step());
    }

    /** One piece of work that runs: its title key, its progress (-1 = unknown) and the step it reports. */
    private record Running(String titleKey, ObservableValue<? extends Number> progress,
                           ObservableValue<String> step) {
    }

    /** How many tasks run now. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The progress of the latest work that still runs, from 0 to 1, or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The resource key of the title of the latest work that still runs, or empty. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The resource key of the step the latest work that still runs reports, or empty. */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /**
     * Runs next on the JavaFX thread once no background work has run for a whole pulse (work that finished work
     * started counts too): at start-up, when the pane on screen has read what it shows. Actions waiting for the same
     * quiet moment run in the order they were handed in. Call on the JavaFX thread.
     */
    public void whenIdle(Runnable next) {
        waitingForIdle.add(next);
        if (waitingForIdle.size() == 1) {
            awaitIdle();
        }
    }

    private void awaitIdle() {
        if (running.get() > 0) {
            running.addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Number> obs, Number old, Number now) {
                    if (now.intValue() == 0) {
                        running.removeListener(this);
                        Platform.runLater(FxTaskRunner.this::awaitIdle);
                    }
                }
            });
            return;
        }
        Platform.runLater(() -> {
            if (running.get() > 0) {
                awaitIdle();
                return;
            }
            List<Runnable> due = List.copyOf(waitingForIdle);
            waitingForIdle.clear();
            due.forEach(Runnable::run);
        });
    }

    /** For callers outside the JavaFX thread that must hand something back to it. */
    public static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /**
     * Lets running work finish (up to half a minute) and starts no more (later submissions are dropped quietly).
     * No interrupts: H2 closes its database file when a thread is interrupted in the middle of reading it, which
     * breaks the store for everyone else still using it.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.storedesk.sync.ui;

import io.storedesk.common.MessageKey;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.engine.SyncEngine;
import io.storedesk.sync.engine.SyncProgress;
import io.storedesk.sync.engine.SyncRunReport;
import io.storedesk.sync.engine.SyncServices;
import io.storedesk.ui.Notice;
import io.storedesk.ui.ProgressReport;
import io.storedesk.ui.TaskRunner;
import io.storedesk.ui.WorkProgress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * "Sync now" for the chosen channel: one run at a time from the page (the button stays disabled while it goes),
 * its progress as the engine reports pages and pushes, and the report of the last run made here.
 */
public final class SyncRunViewModel {

    /** Progress units: each pulled resource is one step of 100, the push the last one. */
    static final long STEP = 100;
    static final long TOTAL = STEP * (SyncEngine.PULL_ORDER.size() + 1);

    private final SyncServices sync;
    private final TaskRunner tasks;
    private final ChannelsViewModel channels;
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(this, "syncing");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyObjectWrapper<MessageKey> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyObjectWrapper<SyncRunReport> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");
    private final List<Consumer<String>> startListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SyncRunReport>> finishListeners = new CopyOnWriteArrayList<>();

    public SyncRunViewModel(SyncServices sync, TaskRunner tasks, ChannelsViewModel channels) {
        this.sync = sync;
        this.tasks = tasks;
        this.channels = channels;
        // The report shown is the chosen channel's; choosing another forgets it (its history still shows its runs).
        channels.selectedProperty().addListener((obs, old, now) -> {
            if (lastReport.get() != null && (now == null || !now.code().equals(lastReport.get().channel()))) {
                lastReport.set(null);
            }
        });
    }

    /** Syncs the chosen channel now; does nothing while a run started here is still going. */
    public void syncNow() {
        ChannelRow row = channels.selectedProperty().get();
        if (row == null || syncing.get()) {
            return;
        }
        syncing.set(true);
        progress.set(0);
        step.set(new MessageKey("sync.ui.progress.starting", row.name()));
        AtomicReference<MessageKey> latest = new AtomicReference<>(step.get());
        startListeners.forEach(l -> l.accept(row.name()));
        tasks.run("sync.ui.task.sync", work -> sync.engine().run(row.code(), reporting(work, latest)),
                (ProgressReport report) -> {
                    progress.set(report.total() > 0 ? (double) report.done() / report.total() : 0);
                    step.set(latest.get());
                }, (SyncRunReport report) -> {
                    syncing.set(false);
                    progress.set(1);
                    step.set(null);
                    if (channels.isSelected(report)) {
                        lastReport.set(report);
                    }
                    channels.tell(Notice.done("sync.ui.synced", row.name(),
                            new MessageKey("sync.ui.runStatus." + report.status().name())));
                    finishListeners.forEach(l -> l.accept(report));
                    channels.refresh();
                }, error -> {
                    syncing.set(false);
                    progress.set(0);
                    step.set(null);
                    channels.tell(Notice.problem(error));
                    finishListeners.forEach(l -> l.accept(null));
                });
    }

    /** Turns the engine's page and push reports into the task's progress (on the run's thread). */
    private static SyncProgress reporting(WorkProgress work, AtomicReference<MessageKey> latest) {
        return new SyncProgress() {
            @Override
            public void pulled(String channel, SyncResource resource, int pages, int records) {
                latest.set(new MessageKey("sync.ui.progress.pulled", new MessageKey("sync.ui.resource."
                        + resource.name()), records, pages));
                // Within a resource the number of pages is not known: creep towards the step's end.
                long within = Math.min(pages * 10L, STEP - 10);
                work.update(SyncEngine.PULL_ORDER.indexOf(resource) * STEP + within, TOTAL);
            }

            @Override
            public void pushed(String channel, PushKind kind, int messages) {
                latest.set(new MessageKey("sync.ui.progress.pushed", new MessageKey("sync.ui.push." + kind.name()),
                        messages));
                work.update(TOTAL - STEP / 2, TOTAL);
            }
        };
    }

    /** Told on the window's thread when a run starts here, with the channel's name. */
    public void onStarted(Consumer<String> listener) {
        startListeners.add(listener);
    }

    /** Told on the window's thread when a run started here ends: its report, or null when it was refused. */
    public void onFinished(Consumer<SyncRunReport> listener) {
        finishListeners.add(listener);
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    /** From 0 to 1 while a run goes. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the run is doing now ("ORDERS: 250 pulled"), null when no run goes. */
    public ReadOnlyObjectProperty<MessageKey> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The report of the last run made here of the chosen channel, null when none. */
    public ReadOnlyObjectProperty<SyncRunReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }
}

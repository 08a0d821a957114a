package io.storedesk.sync.ui;

import io.storedesk.sync.engine.ChannelSyncState;
import io.storedesk.sync.engine.RunStatus;
import io.storedesk.sync.engine.SyncStatus;
import io.storedesk.ui.TaskRunner;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The status bar's sync item: idle, syncing a channel, or the last run of a channel went wrong, and how many
 * changes wait in the outbox. Refreshed after each run and every minute by its view.
 */
public final class SyncStatusViewModel {

    private final SyncStatus status;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<SyncState> state = new ReadOnlyObjectWrapper<>(this, "state",
            SyncState.UNKNOWN);

    public SyncStatusViewModel(SyncStatus status, TaskRunner tasks) {
        this.status = status;
        this.tasks = tasks;
    }

    public void refresh() {
        // A failed read is logged by the runner; the item keeps what it said.
        tasks.run("sync.ui.task.status", progress -> read(), state::set, error -> { });
    }

    /** A run started from the window: say so at once, before the engine marks it running. */
    public void syncing(String channelName) {
        state.set(new SyncState(SyncState.Kind.SYNCING, channelName, state.get().waiting()));
    }

    private SyncState read() {
        List<ChannelSyncState> channels = status.channels();
        int waiting = status.waiting();
        if (channels.isEmpty()) {
            return new SyncState(SyncState.Kind.NONE, null, waiting);
        }
        Optional<ChannelSyncState> running = channels.stream().filter(ChannelSyncState::running).findFirst();
        if (running.isPresent()) {
            return new SyncState(SyncState.Kind.SYNCING, running.get().name(), waiting);
        }
        for (RunStatus bad : List.of(RunStatus.FAILED, RunStatus.PARTIAL)) {
            Optional<ChannelSyncState> wrong = channels.stream().filter(c -> c.lastRun()
                    .map(r -> r.status() == bad).orElse(false)).findFirst();
            if (wrong.isPresent()) {
                return new SyncState(bad == RunStatus.FAILED ? SyncState.Kind.FAILED : SyncState.Kind.PARTIAL,
                        wrong.get().name(), waiting);
            }
        }
        return new SyncState(SyncState.Kind.IDLE, null, waiting);
    }

    public ReadOnlyObjectProperty<SyncState> stateProperty() {
        return state.getReadOnlyProperty();
    }
}

package io.storedesk.sync.ui;

import io.storedesk.security.Permission;
import io.storedesk.sync.engine.SyncServices;
import io.storedesk.sync.outbox.OutboxEntry;
import io.storedesk.sync.outbox.OutboxStatus;
import io.storedesk.ui.Notice;
import io.storedesk.ui.RoleRights;
import io.storedesk.ui.TaskRunner;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chosen channel's outbox: what waits to reach it, what it refused, what is held for a person (a mass drop
 * to zero), and what a person does about it (retry now, discard, confirm or discard the held ones; the outbox
 * service audits each).
 */
public final class OutboxViewModel {

    static final int LIMIT = 500;
    private static final Set<OutboxStatus> OPEN = EnumSet.of(OutboxStatus.PENDING, OutboxStatus.HELD,
            OutboxStatus.FAILED);

    private final SyncServices sync;
    private final TaskRunner tasks;
    private final Supplier<String> user;
    private final RoleRights rights = new RoleRights();
    private final BooleanExpression canEdit = rights.allows(Permission.CHANNELS_EDIT);
    private final ChannelsViewModel channels;
    private final ObservableList<OutboxEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<OutboxEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final BooleanProperty showAll = new SimpleBooleanProperty(this, "showAll");
    private final ReadOnlyIntegerWrapper held = new ReadOnlyIntegerWrapper(this, "held");
    private Runnable changed = () -> { };

    public OutboxViewModel(SyncServices sync, TaskRunner tasks, Supplier<String> user, ChannelsViewModel channels) {
        this.sync = sync;
        this.tasks = tasks;
        this.user = user;
        this.channels = channels;
        channels.onSelectionChange(this::load);
        showAll.addListener((obs, old, now) -> load());
    }

    /** Reads the chosen channel's rows: the open ones, or (show all) the sent and discarded too. */
    public void load() {
        ChannelRow row = channels.selectedProperty().get();
        if (row == null) {
            entries.clear();
            held.set(0);
            return;
        }
        Set<OutboxStatus> statuses = showAll.get() ? EnumSet.noneOf(OutboxStatus.class) : OPEN;
        tasks.run("sync.ui.task.outbox", progress -> sync.outbox().list(row.code(), statuses, LIMIT),
                (List<OutboxEntry> found) -> {
                    ChannelRow now = channels.selectedProperty().get();
                    if (now != null && now.code().equals(row.code())) {
                        entries.setAll(found);
                        held.set((int) found.stream().filter(e -> e.status() == OutboxStatus.HELD).count());
                    }
                }, error -> channels.tell(Notice.problem(error)));
    }

    /** The row goes out at the next sync, whatever its back-off said. */
    public void retry(OutboxEntry entry) {
        act(() -> {
            sync.outbox().retryNow(entry.id(), user.get());
            return Notice.done("sync.ui.outbox.retried", entry.id());
        });
    }

    /** The row is dropped and never sent (ask the person first). */
    public void discard(OutboxEntry entry) {
        act(() -> {
            sync.outbox().discard(entry.id(), user.get());
            return Notice.done("sync.ui.outbox.discarded", entry.id());
        });
    }

    /** The held stock levels go out at the next sync. */
    public void confirmHeld() {
        ChannelRow row = channels.selectedProperty().get();
        if (row != null) {
            act(() -> Notice.done("sync.ui.outbox.heldConfirmed", sync.outbox().confirmHeld(row.code(), user.get())));
        }
    }

    /** The held stock levels are dropped; if the stock is still gone at the next run, they are held again. */
    public void discardHeld() {
        ChannelRow row = channels.selectedProperty().get();
        if (row != null) {
            act(() -> Notice.done("sync.ui.outbox.heldDiscarded", sync.outbox().discardHeld(row.code(), user.get())));
        }
    }

    private void act(Callable<Notice> action) {
        tasks.run("sync.ui.task.outboxChange", progress -> action.call(), (Notice done) -> {
            channels.tell(done);
            load();
            changed.run();
        }, error -> {
            channels.tell(Notice.problem(error));
            load();
        });
    }

    /** Called on the window's thread after a row was changed (the counts in the list and the status bar move). */
    public void onChanged(Runnable listener) {
        changed = listener;
    }

    public ObservableList<OutboxEntry> entries() {
        return entriesView;
    }

    /** Whether the sent and discarded rows show too. */
    public BooleanProperty showAllProperty() {
        return showAll;
    }

    /** How many of the shown rows are held for confirmation. */
    public ReadOnlyIntegerProperty heldProperty() {
        return held.getReadOnlyProperty();
    }

    /** What the signed-in role may do here; the window keeps it in step (RoleRights.follow). */
    public RoleRights rights() {
        return rights;
    }

    /** Retrying, discarding, confirming what waits to be pushed. */
    public BooleanExpression canEditProperty() {
        return canEdit;
    }
}

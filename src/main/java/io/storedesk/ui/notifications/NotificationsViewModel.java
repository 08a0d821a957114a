package io.storedesk.ui.notifications;

import io.storedesk.ui.TaskRunner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The bell's state: the latest alerts (newest first), how many arrived since the list was last opened, and who is
 * told of each batch of new ones (the popup). A check runs in the background; one asked while another runs is
 * dropped, since the next one catches up anyway.
 */
public final class NotificationsViewModel {

    /** The list keeps this many; older ones are in the panes anyway. */
    static final int KEPT = 50;

    private final AlertCheck check;
    private final TaskRunner tasks;
    private final ObservableList<DeskAlert> recent = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper unread = new ReadOnlyIntegerWrapper(this, "unread");
    private Consumer<List<DeskAlert>> onNew = fresh -> { };
    private boolean checking;

    public NotificationsViewModel(AlertCheck check, TaskRunner tasks) {
        this.check = check;
        this.tasks = tasks;
    }

    /** Asks what is new since the last check (off the window's thread). */
    public void check() {
        if (checking) {
            return;
        }
        checking = true;
        tasks.run("task.notifications.check", progress -> check.check(), (List<DeskAlert> fresh) -> {
            checking = false;
            arrived(fresh);
        }, error -> checking = false);
    }

    private void arrived(List<DeskAlert> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        List<DeskAlert> newestFirst = new ArrayList<>(fresh);
        Collections.reverse(newestFirst);
        recent.addAll(0, newestFirst);
        if (recent.size() > KEPT) {
            recent.remove(KEPT, recent.size());
        }
        unread.set(Math.min(KEPT, unread.get() + fresh.size()));
        onNew.accept(List.copyOf(fresh));
    }

    /** The list was opened: nothing is unread any more. */
    public void markAllRead() {
        unread.set(0);
    }

    /** Empties the list. */
    public void clear() {
        recent.clear();
        unread.set(0);
    }

    public void onNew(Consumer<List<DeskAlert>> listener) {
        this.onNew = listener;
    }

    public ObservableList<DeskAlert> recent() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    public ReadOnlyIntegerProperty unreadProperty() {
        return unread.getReadOnlyProperty();
    }
}

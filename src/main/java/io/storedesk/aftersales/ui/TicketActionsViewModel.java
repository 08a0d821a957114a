package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.TicketDetail;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.common.MessageKey;
import io.storedesk.ui.BackgroundWork;
import io.storedesk.ui.Notice;
import io.storedesk.ui.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * What a person does to the focused ticket: move it on in its status flow (with a note). Each action runs in
 * the background; afterwards the queue and the detail are read again and the notice says what happened, or
 * why nothing did.
 */
public final class TicketActionsViewModel {

    private final TicketQueueViewModel queue;
    private final TicketDesk desk;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public TicketActionsViewModel(TicketQueueViewModel queue, TicketDesk desk, TaskRunner tasks) {
        this.queue = queue;
        this.desk = desk;
        this.tasks = tasks;
    }

    /** Moves the focused ticket to the status; the service refuses moves the flow does not allow. */
    public void move(TicketStatus to, String note) {
        TicketDetail shown = queue.detailProperty().get();
        if (shown == null) {
            return;
        }
        String code = shown.ticket().code();
        act("task.aftersales.move", () -> desk.changeStatus(code, to, note, queue.user()),
                Notice.done("aftersales.pane.moved", code, new MessageKey("aftersales.status." + to.name())));
    }

    private void act(String titleKey, Runnable action, Notice done) {
        busy.set(true);
        tasks.run(titleKey, (BackgroundWork<Boolean>) progress -> {
            action.run();
            return true;
        }, ok -> {
            busy.set(false);
            queue.report(done);
            queue.refresh();
        }, error -> {
            busy.set(false);
            queue.report(Notice.problem(error));
            queue.reloadDetail();
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

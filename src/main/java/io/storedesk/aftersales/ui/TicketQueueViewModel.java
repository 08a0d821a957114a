package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.SlaSweep;
import io.storedesk.aftersales.TicketDetail;
import io.storedesk.aftersales.TicketType;
import io.storedesk.aftersales.queue.QueueFilter;
import io.storedesk.aftersales.queue.QueueTicket;
import io.storedesk.aftersales.queue.TicketQueue;
import io.storedesk.security.ui.PersonalDetailsViewModel;
import io.storedesk.ui.Notice;
import io.storedesk.ui.TaskRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The after-sales queue's state: the tickets someone still has to act on, read with their SLA clocks, and the
 * filters over them (mine or everyone's, overdue, due within the hour, goods to receive at a warehouse, type,
 * text) applied to what was read,
 * most urgent first; counts for the chips; the focused ticket's detail; what the last action did.
 */
public final class TicketQueueViewModel {

    /** "Due soon" means within this much wall-clock time. */
    static final Duration DUE_SOON = Duration.ofHours(1);
    /** Finished tickets are many: a search shows the first this many. */
    static final int SEARCH_LIMIT = 500;

    private final TicketDesk desk;
    private final TaskRunner tasks;
    private final Supplier<String> user;

    private final BooleanProperty mineOnly = new SimpleBooleanProperty(this, "mineOnly");
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(this, "overdueOnly");
    private final BooleanProperty dueSoonOnly = new SimpleBooleanProperty(this, "dueSoonOnly");
    private final BooleanProperty everything = new SimpleBooleanProperty(this, "everything");
    private final BooleanProperty toReceiveOnly = new SimpleBooleanProperty(this, "toReceiveOnly");
    private final ObjectProperty<Long> warehouse = new SimpleObjectProperty<>(this, "warehouse");
    private final ObjectProperty<TicketType> type = new SimpleObjectProperty<>(this, "type");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    private final ObservableList<QueueTicket> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyIntegerWrapper mine = new ReadOnlyIntegerWrapper(this, "mine");
    private final ReadOnlyIntegerWrapper overdue = new ReadOnlyIntegerWrapper(this, "overdue");
    private final ReadOnlyIntegerWrapper toReceive = new ReadOnlyIntegerWrapper(this, "toReceive");
    private final ReadOnlyObjectWrapper<Instant> readAt = new ReadOnlyObjectWrapper<>(this, "readAt");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<TicketDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private TicketQueue.Snapshot snapshot;
    private long generation;
    private long detailGeneration;
    private Long focused;

    private final PersonalDetailsViewModel customer;

    /** The focused ticket's customer in full, on request ("Show full details"). */
    public PersonalDetailsViewModel customer() {
        return customer;
    }

    public TicketQueueViewModel(TicketDesk desk, TaskRunner tasks, Supplier<String> user) {
        this.desk = desk;
        this.tasks = tasks;
        this.customer = new PersonalDetailsViewModel(tasks, desk::reveal);
        this.user = user;
        List.of(mineOnly, overdueOnly, dueSoonOnly, toReceiveOnly, warehouse, type, text, everything).forEach(p -> p.addListener((o, a, b) -> filter()));
    }

    /** Reads the queue again (in the background) and shows it through the filters. */
    public void refresh() {
        long asked = ++generation;
        loading.set(true);
        QueueFilter chosen = filterNow();
        tasks.run("task.aftersales.load", progress -> {
            TicketQueue.Snapshot read = desk.load();
            return new Shown(read, desk.filter(read, chosen));
        }, (Shown shown) -> {
            if (asked == generation) {
                snapshot = shown.snapshot();
                count(shown.snapshot());
                if (everything.get()) {
                    searchEverything();
                    return;
                }
                show(shown);
                // A filter changed while the queue was read (before there was one to filter) applies now.
                if (!chosen.equals(filterNow())) {
                    filter();
                }
            }
        }, this::failed);
    }

    /** Applies the filters to the queue as last read; the store is not asked again. */
    private void filter() {
        if (everything.get()) {
            searchEverything();
            return;
        }
        if (snapshot == null) {
            return;
        }
        long asked = ++generation;
        TicketQueue.Snapshot read = snapshot;
        QueueFilter chosen = filterNow();
        loading.set(true);
        tasks.run("task.aftersales.filter", progress -> new Shown(read, desk.filter(read, chosen)), (Shown shown) -> {
            if (asked == generation) {
                show(shown);
            }
        }, this::failed);
    }

    /** Finished tickets too, found by the text in the store (the queue's other filters do not apply). */
    private void searchEverything() {
        long asked = ++generation;
        String words = text.get();
        loading.set(true);
        tasks.run("task.aftersales.search", progress -> desk.searchAll(words, SEARCH_LIMIT), (List<QueueTicket> found)
                -> {
            if (asked == generation) {
                rows.setAll(found);
                loading.set(false);
            }
        }, this::failed);
    }

    private void show(Shown shown) {
        readAt.set(shown.snapshot().at());
        rows.setAll(shown.rows());
        loading.set(false);
        if (focused != null) {
            load(focused);
        }
    }

    private void failed(Throwable error) {
        loading.set(false);
        notice.set(Notice.problem(error));
    }

    private void count(TicketQueue.Snapshot read) {
        total.set(read.tickets().size());
        mine.set((int) read.tickets().stream().filter(t -> user.get().equals(t.assignee())).count());
        overdue.set((int) read.tickets().stream().filter(QueueTicket::overdue).count());
        toReceive.set((int) read.tickets().stream().filter(QueueTicket::awaitingGoods).count());
    }

    QueueFilter filterNow() {
        QueueFilter f = QueueFilter.all().overdue(overdueOnly.get()).ofType(type.get()).matching(text.get())
                .receiving(toReceiveOnly.get()).atWarehouse(warehouse.get());
        f = mineOnly.get() ? f.mine(user.get()) : f;
        return dueSoonOnly.get() ? f.within(DUE_SOON) : f;
    }

    /** Shows the ticket's detail (null clears it); an answer for an earlier choice is dropped. */
    public void showDetail(QueueTicket row) {
        if (row == null) {
            ++detailGeneration;
            focused = null;
            detail.set(null);
            return;
        }
        focused = row.id();
        load(row.id());
    }

    /** Reads the focused ticket again, e.g. after an action on it. */
    void reloadDetail() {
        if (focused != null) {
            load(focused);
        }
    }

    private void load(long ticketId) {
        long asked = ++detailGeneration;
        tasks.run("task.aftersales.detail", progress -> desk.detail(ticketId), (TicketDetail loaded) -> {
            if (asked == detailGeneration) {
                detail.set(loaded);
            }
        }, error -> notice.set(Notice.problem(error)));
    }

    /** A sweep of the SLA clocks ran: new breaches are announced (they were escalated); any change is shown. */
    public void swept(SlaSweep.SweepResult result) {
        if (result.escalated() > 0) {
            notice.set(Notice.done("aftersales.pane.escalated", result.escalated()));
        }
        if (result.escalated() > 0 || result.warnings() > 0) {
            refresh();
        }
    }

    void report(Notice what) {
        notice.set(what);
    }

    public void dismissNotice() {
        notice.set(null);
    }

    String user() {
        return user.get();
    }

    public BooleanProperty mineOnlyProperty() {
        return mineOnly;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public BooleanProperty dueSoonOnlyProperty() {
        return dueSoonOnly;
    }

    /** Every ticket, finished ones too, found by the text (instead of the queue). */
    public BooleanProperty everythingProperty() {
        return everything;
    }

    /** Only returns whose goods are still to be received: the warehouse's queue. */
    public BooleanProperty toReceiveOnlyProperty() {
        return toReceiveOnly;
    }

    /** One warehouse's tickets (its returns to receive); null = every warehouse. */
    public ObjectProperty<Long> warehouseProperty() {
        return warehouse;
    }

    public ReadOnlyIntegerProperty toReceiveProperty() {
        return toReceive.getReadOnlyProperty();
    }

    public ObjectProperty<TicketType> typeProperty() {
        return type;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<QueueTicket> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty mineProperty() {
        return mine.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty overdueProperty() {
        return overdue.getReadOnlyProperty();
    }

    /** When the shown clocks were read: time left is counted from here. */
    public ReadOnlyObjectProperty<Instant> readAtProperty() {
        return readAt.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TicketDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    private record Shown(TicketQueue.Snapshot snapshot, List<QueueTicket> rows) {
    }
}

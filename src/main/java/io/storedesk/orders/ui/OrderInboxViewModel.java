package io.storedesk.orders.ui;

import io.storedesk.orders.InboxRow;
import io.storedesk.orders.OrderDetail;
import io.storedesk.orders.OrderFilter;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.ui.OrderDesk.MergeSuggestion;
import io.storedesk.security.ui.PersonalDetailsViewModel;
import io.storedesk.ui.Notice;
import io.storedesk.ui.TaskRunner;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order-routing pane's state: the filters (text, status, channel, hold reason, province, period), applied in
 * the store; the newest matching orders, how many match, counts by status and orders waiting (the badge); the
 * selection, the focused order's detail, merges the review suggests, what the filters offer, and what the last
 * action did.
 */
public final class OrderInboxViewModel {

    private final OrderDesk desk;
    private final TaskRunner tasks;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<OrderStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<Long> channel = new SimpleObjectProperty<>(this, "channel");
    private final ObjectProperty<String> holdReason = new SimpleObjectProperty<>(this, "holdReason");
    private final ObjectProperty<String> province = new SimpleObjectProperty<>(this, "province");
    private final ObjectProperty<InboxPeriod> period = new SimpleObjectProperty<>(this, "period");

    private final ObservableList<InboxRow> rows = FXCollections.observableArrayList();
    private final ObservableList<InboxRow> selection = FXCollections.observableArrayList();
    private final Map<OrderStatus, ReadOnlyIntegerWrapper> counts = new EnumMap<>(OrderStatus.class);
    private final ReadOnlyIntegerWrapper countAll = new ReadOnlyIntegerWrapper(this, "countAll");
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyIntegerWrapper waiting = new ReadOnlyIntegerWrapper(this, "waiting");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<OrderDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final InboxChoices choices = new InboxChoices();
    private final ObservableList<MergeSuggestion> suggestions = FXCollections.observableArrayList();
    private boolean choicesLoaded;
    private boolean clearing;
    private long generation;
    private long detailGeneration;
    private Long focused;
    private final PersonalDetailsViewModel buyer;

    public OrderInboxViewModel(OrderDesk desk, TaskRunner tasks) {
        this.desk = desk;
        this.tasks = tasks;
        this.buyer = new PersonalDetailsViewModel(tasks, desk::reveal);
        for (OrderStatus s : OrderStatus.values()) {
            counts.put(s, new ReadOnlyIntegerWrapper(this, "count" + s));
        }
        List.of(text, status, channel, holdReason, province, period).forEach(this::follow);
    }

    /** A filter changed is read at once in the store (while clearing, once at the end). */
    private void follow(ObservableValue<?> filter) {
        filter.addListener((obs, old, now) -> {
            if (!clearing) {
                refresh();
            }
        });
    }

    /** Reads the inbox again for the filters (in the background); an answer to an older ask is dropped. */
    public void refresh() {
        long asked = ++generation;
        loading.set(true);
        OrderFilter filter = new OrderFilter(text.get(), channel.get(), status.get(), holdReason.get(),
                province.get(), null, null);
        InboxPeriod placed = period.get();
        boolean withChoices = !choicesLoaded;
        tasks.run("task.orders.load", progress -> desk.load(filter, placed, withChoices),
                (OrderDesk.Loaded loaded) -> {
                    if (asked != generation) {
                        return;
                    }
                    show(loaded);
                    loading.set(false);
                }, error -> {
                    if (asked == generation) {
                        loading.set(false);
                        notice.set(Notice.problem(error));
                    }
                });
    }

    private void show(OrderDesk.Loaded loaded) {
        if (loaded.choices() != null) {
            choicesLoaded = true;
            choices.update(loaded.choices());
        }
        choices.holdReasons(loaded.holdReasons(), holdReason.get());
        loaded.inbox().counts().forEach((s, n) -> counts.get(s).set(n));
        countAll.set(loaded.inbox().countAll());
        total.set(loaded.inbox().total());
        waiting.set(loaded.waiting());
        suggestions.setAll(loaded.suggestions());
        long detailAsked = detailGeneration;
        selection.clear();
        rows.setAll(loaded.inbox().rows());
        // The focused order is read again (its status may have changed) unless the view already asked for it.
        if (focused != null && detailAsked == detailGeneration) {
            load(focused);
        }
    }

    /** Shows the order's detail (null clears it); an answer for an earlier choice is dropped. */
    public void showDetail(InboxRow row) {
        if (row == null) {
            ++detailGeneration;
            focused = null;
            detail.set(null);
            return;
        }
        focused = row.id();
        load(row.id());
    }

    private void load(long orderId) {
        long asked = ++detailGeneration;
        tasks.run("task.orders.detail", progress -> desk.detail(orderId), (OrderDetail loaded) -> {
            if (asked == detailGeneration) {
                detail.set(loaded);
            }
        }, error -> notice.set(Notice.problem(error)));
    }

    /** The focused order's buyer in full, on request ("Show full details"). */
    public PersonalDetailsViewModel buyer() {
        return buyer;
    }

    /** Every filter back to "any", the status too. */
    public void clearFilters() {
        // One read for the six changes.
        clearing = true;
        text.set("");
        status.set(null);
        channel.set(null);
        holdReason.set(null);
        province.set(null);
        period.set(null);
        clearing = false;
        refresh();
    }

    void report(Notice what) {
        notice.set(what);
    }

    public void dismissNotice() {
        notice.set(null);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<OrderStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Long> channelProperty() {
        return channel;
    }

    public ObjectProperty<String> holdReasonProperty() {
        return holdReason;
    }

    public ObjectProperty<String> provinceProperty() {
        return province;
    }

    public ObjectProperty<InboxPeriod> periodProperty() {
        return period;
    }

    public ObservableList<InboxRow> rows() {
        return rows;
    }

    public ObservableList<InboxRow> selection() {
        return selection;
    }

    /** Orders matching every filter but the status, with this status. */
    public ReadOnlyIntegerProperty countProperty(OrderStatus s) {
        return counts.get(s).getReadOnlyProperty();
    }

    /** Orders matching every filter but the status. */
    public ReadOnlyIntegerProperty countAllProperty() {
        return countAll.getReadOnlyProperty();
    }

    /** Orders matching every filter; the table shows the newest of them. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Orders paid and waiting for routing or on hold, whatever the filters. */
    public ReadOnlyIntegerProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OrderDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** What the filters and the route dialog offer. */
    public InboxChoices choices() {
        return choices;
    }

    public ObservableList<MergeSuggestion> suggestions() {
        return suggestions;
    }
}

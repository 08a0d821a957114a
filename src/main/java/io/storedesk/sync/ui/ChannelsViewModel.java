package io.storedesk.sync.ui;

import io.storedesk.security.Permission;
import io.storedesk.sync.engine.ChannelEndpoint;
import io.storedesk.sync.engine.ChannelSyncState;
import io.storedesk.sync.engine.ConnectionCheck;
import io.storedesk.sync.engine.RunSummary;
import io.storedesk.sync.engine.SyncRunReport;
import io.storedesk.sync.engine.SyncServices;
import io.storedesk.ui.Notice;
import io.storedesk.ui.RoleRights;
import io.storedesk.ui.TaskRunner;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Channels page: the channels with an API, the chosen one's connection test, and its run history. Syncing
 * lives in {@link SyncRunViewModel}, the outbox in {@link OutboxViewModel}; both follow the chosen channel.
 */
public final class ChannelsViewModel {

    static final int HISTORY = 10;

    private final SyncServices sync;
    private final RoleRights rights = new RoleRights();
    private final BooleanExpression canEdit = rights.allows(Permission.CHANNELS_EDIT);
    private final BooleanExpression canSetStockPolicy = rights.allows(Permission.STOCK_EDIT);
    private final TaskRunner tasks;
    private final ObservableList<ChannelRow> channels = FXCollections.observableArrayList();
    private final ObservableList<ChannelRow> channelsView = FXCollections.unmodifiableObservableList(channels);
    private final IntegerBinding needsAttention = Bindings.createIntegerBinding(() -> channels.stream()
            .mapToInt(c -> c.outbox().held() + c.outbox().failed()).sum(), channels);
    private final ObservableList<RunSummary> history = FXCollections.observableArrayList();
    private final ObservableList<RunSummary> historyView = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyObjectWrapper<ChannelRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ReadOnlyObjectWrapper<ConnectionCheck> connection = new ReadOnlyObjectWrapper<>(this, "connection");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> loadListeners = new CopyOnWriteArrayList<>();

    public ChannelsViewModel(SyncServices sync, TaskRunner tasks) {
        this.sync = sync;
        this.tasks = tasks;
    }

    /** Reads the channels and their sync state afresh; the chosen channel stays chosen (with its new figures). */
    public void refresh() {
        loading.set(true);
        tasks.run("sync.ui.task.channels", progress -> rows(), (List<ChannelRow> found) -> {
            loading.set(false);
            channels.setAll(found);
            loadListeners.forEach(Runnable::run);
            ChannelRow chosen = selected.get();
            ChannelRow again = chosen == null ? null
                    : found.stream().filter(r -> r.code().equals(chosen.code())).findFirst().orElse(null);
            if (again == null && chosen == null && !found.isEmpty()) {
                again = found.get(0);
            }
            select(again);
        }, error -> {
            loading.set(false);
            notice.set(Notice.problem(error));
        });
    }

    private List<ChannelRow> rows() {
        Map<String, ChannelSyncState> states = sync.status().channels().stream()
                .collect(Collectors.toMap(ChannelSyncState::code, Function.identity()));
        return sync.channels().list().stream().filter(ChannelEndpoint::connected)
                .map(e -> ChannelRow.of(e, states.get(e.channel().code()))).toList();
    }

    /** Chooses a channel (null = none): its history is read, the last connection test forgotten if another. */
    public void select(ChannelRow row) {
        ChannelRow before = selected.get();
        boolean other = before == null || row == null || !before.code().equals(row.code());
        selected.set(row);
        if (other) {
            connection.set(null);
            history.clear();
        }
        if (row != null) {
            String code = row.code();
            tasks.run("sync.ui.task.history", progress -> sync.status().history(code, HISTORY),
                    (List<RunSummary> runs) -> {
                        if (selected.get() != null && selected.get().code().equals(code)) {
                            history.setAll(runs);
                        }
                    }, error -> notice.set(Notice.problem(error)));
        }
        changeListeners.forEach(Runnable::run);
    }

    /** Signs in to the chosen channel and reads something cheap; the answer (or the remote's words) is shown. */
    public void testConnection() {
        ChannelRow row = selected.get();
        if (row == null || testing.get()) {
            return;
        }
        testing.set(true);
        connection.set(null);
        tasks.run("sync.ui.task.test", progress -> sync.channels().test(row.code()), (ConnectionCheck check) -> {
            testing.set(false);
            if (selected.get() != null && selected.get().code().equals(row.code())) {
                connection.set(check);
            }
        }, error -> {
            testing.set(false);
            notice.set(Notice.problem(error));
        });
    }

    /** After a channel was added: list it and choose it. */
    public void added(ChannelEndpoint endpoint) {
        selected.set(null);
        notice.set(Notice.done("sync.ui.added", endpoint.channel().name(), endpoint.channel().code()));
        tasks.run("sync.ui.task.channels", progress -> rows(), (List<ChannelRow> found) -> {
            channels.setAll(found);
            loadListeners.forEach(Runnable::run);
            select(found.stream().filter(r -> r.code().equals(endpoint.channel().code())).findFirst()
                    .orElse(null));
        }, error -> notice.set(Notice.problem(error)));
    }

    /** Tells what happened (a run finished, a row retried) in the page's notice line. */
    void tell(Notice told) {
        notice.set(told);
    }

    /** Called on the window's thread each time the chosen channel changes (or is chosen again after a refresh). */
    void onSelectionChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Called on the window's thread each time the channels were read afresh (the status bar follows). */
    public void onLoaded(Runnable listener) {
        loadListeners.add(listener);
    }

    public void dismissNotice() {
        notice.set(null);
    }

    public ObservableList<ChannelRow> channels() {
        return channelsView;
    }

    /** Outbox rows held or refused over every channel: the count the navigation shows beside the page. */
    public ObservableIntegerValue needsAttention() {
        return needsAttention;
    }

    /** The chosen channel's latest runs, newest first. */
    public ObservableList<RunSummary> history() {
        return historyView;
    }

    public ReadOnlyObjectProperty<ChannelRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** The chosen channel's last connection test, or null when none was made since it was chosen. */
    public ReadOnlyObjectProperty<ConnectionCheck> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether a report belongs to the channel chosen now. */
    boolean isSelected(SyncRunReport report) {
        return selected.get() != null && selected.get().code().equals(report.channel());
    }

    /** What the signed-in role may do here; the window keeps it in step (RoleRights.follow). */
    public RoleRights rights() {
        return rights;
    }

    /** Adding, testing and syncing channels. */
    public BooleanExpression canEditProperty() {
        return canEdit;
    }

    /** What each channel may publish of the stock. */
    public BooleanExpression canSetStockPolicyProperty() {
        return canSetStockPolicy;
    }
}

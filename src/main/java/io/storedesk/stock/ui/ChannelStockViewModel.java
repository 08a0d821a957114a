package io.storedesk.stock.ui;

import io.storedesk.stock.ChannelStock;
import io.storedesk.stock.ChannelStockPolicy;
import io.storedesk.stock.ChannelStockSummary;
import io.storedesk.ui.Notice;
import io.storedesk.ui.TaskRunner;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The channels' stock policies ("publish 90 % minus 2"): each channel with what it publishes today, and the
 * saving of changed policies, all together or none (a channel someone else changed meanwhile refuses the lot).
 */
public final class ChannelStockViewModel {

    private final ChannelStock channelStock;
    private final TaskRunner tasks;
    private final Supplier<String> user;
    private final ObservableList<ChannelStockSummary> channels = FXCollections.observableArrayList();
    /** One view for every caller: the wrapper listens to the list weakly, so a view made per call loses listeners. */
    private final ObservableList<ChannelStockSummary> channelsView = FXCollections.unmodifiableObservableList(channels);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");

    public ChannelStockViewModel(ChannelStock channelStock, TaskRunner tasks, Supplier<String> user) {
        this.channelStock = channelStock;
        this.tasks = tasks;
        this.user = user;
    }

    public void load() {
        loading.set(true);
        tasks.run("task.channelStock.load", progress -> channelStock.summaries(), (List<ChannelStockSummary> found) -> {
            loading.set(false);
            channels.setAll(found);
        }, error -> {
            loading.set(false);
            notice.set(Notice.problem(error));
        });
    }

    /** Saves the policies by channel code that differ from what was loaded; unchanged ones are left alone. */
    public void save(Map<String, ChannelStockPolicy> policies) {
        List<ChannelStockSummary> read = List.copyOf(channels);
        boolean changed = read.stream().anyMatch(c -> policies.containsKey(c.code())
                && !policies.get(c.code()).equals(c.policy()));
        if (!changed) {
            return;
        }
        tasks.run("task.channelStock.save", progress -> {
            channelStock.setPolicies(read, policies, user.get());
            return channelStock.summaries();
        }, (List<ChannelStockSummary> after) -> {
            channels.setAll(after);
            notice.set(Notice.done("stock.channel.notice.saved"));
        }, error -> {
            notice.set(Notice.problem(error));
            load();
        });
    }

    public ObservableList<ChannelStockSummary> channels() {
        return channelsView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set(null);
    }
}

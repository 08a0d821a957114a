package io.storedesk.dashboard.ui;

import io.storedesk.dashboard.Period;
import io.storedesk.dashboard.anomaly.KpiAlert;
import io.storedesk.dashboard.customers.CustomerGroup;
import io.storedesk.dashboard.kpi.BreakdownRow;
import io.storedesk.dashboard.kpi.KpiFilter;
import io.storedesk.dashboard.kpi.KpiQuery;
import io.storedesk.ui.Notice;
import io.storedesk.ui.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's state: the period (today, 7/30/90 days, this month or custom days) and the channel, warehouse,
 * category and province to look at, and what was read for them: the KPIs against the previous period with a point per day, the mix by
 * channel and province, orders by weekday and hour, top SKUs and refund reasons. A change of period or
 * filter reads again; an answer to an older ask is dropped.
 */
public final class DashboardViewModel {

    private final DashboardDesk desk;
    private final TaskRunner tasks;
    private final Supplier<String> user;
    private final ObjectProperty<DashboardRange> range = new SimpleObjectProperty<>(this, "range",
            DashboardRange.DAYS_30);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>(this, "customFrom");
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>(this, "customTo");
    private final ObjectProperty<Long> channel = new SimpleObjectProperty<>(this, "channel");
    private final ObjectProperty<Long> warehouse = new SimpleObjectProperty<>(this, "warehouse");
    private final ObjectProperty<Long> category = new SimpleObjectProperty<>(this, "category");
    private final ObjectProperty<String> province = new SimpleObjectProperty<>(this, "province");
    private final ReadOnlyObjectWrapper<DashboardData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ObservableList<BreakdownRow> channels = FXCollections.observableArrayList();
    private final ObservableList<BreakdownRow> warehouses = FXCollections.observableArrayList();
    private final ObservableList<BreakdownRow> categories = FXCollections.observableArrayList();
    private final ObservableList<BreakdownRow> provinces = FXCollections.observableArrayList();
    private final ObservableList<KpiAlert> alerts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TileRows> drill = new ReadOnlyObjectWrapper<>();
    private boolean choicesLoaded;
    private long generation;

    public DashboardViewModel(DashboardDesk desk, TaskRunner tasks, Supplier<String> user) {
        this.desk = desk;
        this.tasks = tasks;
        this.user = user;
        List.of(range, customFrom, customTo, channel, warehouse, category, province).forEach(p -> p.addListener((o, a, b) -> {
            if (range.get() != DashboardRange.CUSTOM || (customFrom.get() != null && customTo.get() != null)) {
                read(false);
            }
        }));
    }

    /** Reads the dashboard for the chosen period and filters, in the background. */
    public void refresh() {
        read(!choicesLoaded);
    }

    /** Rolls the orders up again, then reads: what the refresh button does after orders changed. */
    public void refreshFromOrders() {
        read(true);
    }

    private void read(boolean fresh) {
        long asked = ++generation;
        loading.set(true);
        boolean withChoices = !choicesLoaded;
        tasks.run("task.dashboard", progress -> {
            LocalDate today = desk.today();
            Period period = range.get().period(today, orToday(customFrom.get(), today), orToday(customTo.get(),
                    today));
            KpiFilter filter = new KpiFilter(channel.get(), warehouse.get(), category.get(), province.get());
            return desk.load(new KpiQuery(period, filter), withChoices, fresh);
        }, (DashboardData read) -> {
            if (asked != generation) {
                return;
            }
            if (read.choices() != null) {
                choicesLoaded = true;
                channels.setAll(read.choices().channels());
                warehouses.setAll(read.choices().warehouses());
                categories.setAll(read.choices().categories());
                provinces.setAll(read.choices().provinces());
            }
            alerts.setAll(read.alerts());
            data.set(read);
            loading.set(false);
        }, error -> {
            if (asked == generation) {
                loading.set(false);
                notice.set(Notice.problem(error));
            }
        });
    }

    private static LocalDate orToday(LocalDate day, LocalDate today) {
        return day == null ? today : day;
    }

    /** Marks the alert as seen; the list is read again (someone else may have acknowledged others). */
    public void acknowledge(KpiAlert alert) {
        tasks.run("task.dashboard.acknowledge", progress -> {
            desk.acknowledge(alert.id(), user.get());
            return desk.openAlerts();
        }, (List<KpiAlert> open) -> {
            alerts.setAll(open);
            notice.set(Notice.done("dashboard.alert.acknowledged"));
        }, error -> notice.set(Notice.problem(error)));
    }

    /**
     * Reads the rows behind a tile of what is shown (its period and channel); a tile that lists nothing here
     * (tickets: the after-sales pane lists them) does nothing.
     */
    public void drill(String tileId, String titleKey) {
        DashboardData shown = data.get();
        TileRows.Kind kind = TileRows.Kind.of(tileId);
        if (shown == null || kind == null) {
            return;
        }
        tasks.run("task.dashboard.drill", progress -> desk.behind(titleKey, kind, shown.report().query()),
                (TileRows rows) -> drill.set(rows), error -> notice.set(Notice.problem(error)));
    }

    /**
     * Exports the customers of a segment or tier as of the last day shown, in the background; the notice says how
     * many were written. Nothing is shown yet: nothing to export.
     */
    public void exportGroup(CustomerGroup group, Path file, Locale locale) {
        DashboardData shown = data.get();
        if (shown == null) {
            return;
        }
        LocalDate asOf = shown.report().query().period().last();
        tasks.run("task.dashboard.export", progress -> desk.exportGroup(file, asOf, group, locale),
                (Integer written) -> notice.set(Notice.done("dashboard.segment.exported", written,
                        file.getFileName().toString())), error -> notice.set(Notice.problem(error)));
    }

    /** The rows behind the tile last drilled into, until the view has shown them. */
    public ReadOnlyObjectProperty<TileRows> drillProperty() {
        return drill.getReadOnlyProperty();
    }

    public void drillShown() {
        drill.set(null);
    }

    /** Open anomaly alerts, latest day first. */
    public ObservableList<KpiAlert> alerts() {
        return alerts;
    }

    public void dismissNotice() {
        notice.set(null);
    }

    public ObjectProperty<DashboardRange> rangeProperty() {
        return range;
    }

    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    /** The channel's id, or null for every channel. */
    public ObjectProperty<Long> channelProperty() {
        return channel;
    }

    /** Channels that sold in the last year, by GMV: what the channel filter offers. */
    public ObservableList<BreakdownRow> channels() {
        return channels;
    }

    /** The warehouse's id, or null for every warehouse. */
    public ObjectProperty<Long> warehouseProperty() {
        return warehouse;
    }

    /** The category's id, or null for every category. */
    public ObjectProperty<Long> categoryProperty() {
        return category;
    }

    /** The province's name as the orders carry it, or null for everywhere. */
    public ObjectProperty<String> provinceProperty() {
        return province;
    }

    /** Warehouses that shipped sales in the last year, by GMV. */
    public ObservableList<BreakdownRow> warehouses() {
        return warehouses;
    }

    /** Categories that sold in the last year, by GMV. */
    public ObservableList<BreakdownRow> categories() {
        return categories;
    }

    /** Provinces that bought in the last year, by GMV. */
    public ObservableList<BreakdownRow> provinces() {
        return provinces;
    }

    public ReadOnlyObjectProperty<DashboardData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A notice from an action the view added (the snapshot, decision 0030). */
    void report(Notice what) {
        notice.set(what);
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}

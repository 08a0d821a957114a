package io.storedesk.dashboard.ui;

import io.storedesk.dashboard.DailySales;
import io.storedesk.dashboard.DashboardOverview;
import io.storedesk.dashboard.DashboardService;
import io.storedesk.ui.TaskRunner;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The dashboard's state: the last 30 days against the 30 before, and the figures by day and channel,
 * filtered by the search text (channel name or date).
 */
public final class DashboardViewModel {

    public static final int DAYS = 30;

    private final DashboardService dashboard;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<DashboardOverview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<DailySales> days = FXCollections.observableArrayList();
    /** One read-only view kept here: the wrapper listens weakly, so a view made per call can lose listeners. */
    private final ObservableList<DailySales> daysView = FXCollections.unmodifiableObservableList(days);
    private final FilteredList<DailySales> shownDays = new FilteredList<>(days);

    public DashboardViewModel(DashboardService dashboard, TaskRunner tasks) {
        this.dashboard = dashboard;
        this.tasks = tasks;
        query.addListener((obs, old, now) -> shownDays.setPredicate(row -> matches(row, now)));
    }

    public void refresh() {
        loading.set(true);
        tasks.run("task.dashboard", progress -> dashboard.lastDays(DAYS), result -> {
            overview.set(result);
            days.setAll(result.days());
            failure.set(null);
            loading.set(false);
        }, error -> {
            failure.set(error);
            loading.set(false);
        });
    }

    private static boolean matches(DailySales row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return row.channel().toLowerCase(Locale.ROOT).contains(t) || row.day().toString().contains(t);
    }

    public ReadOnlyObjectProperty<DashboardOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** All rows of the period. */
    public ObservableList<DailySales> days() {
        return daysView;
    }

    /** The rows that match the search text. */
    public ObservableList<DailySales> shownDays() {
        return shownDays;
    }
}

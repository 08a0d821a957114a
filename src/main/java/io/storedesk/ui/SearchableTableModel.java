package io.storedesk.ui;

import io.storedesk.common.Page;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The view model behind every pane's main table: a search text, the rows of the first page that
 * match, how many match in all, and whether a query is under way. Queries run through the
 * {@link TaskRunner}; an answer to an older search than the latest is dropped.
 */
public class SearchableTableModel<T> {

    public static final int PAGE_SIZE = 500;

    private final TaskRunner tasks;
    private final PageSource<T> source;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    /** One read-only view kept here: the wrapper listens weakly, so a view made per call can lose listeners. */
    private final ObservableList<T> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total", 0);
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shown", 0);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private long generation;

    public SearchableTableModel(TaskRunner tasks, PageSource<T> source) {
        this.tasks = tasks;
        this.source = source;
    }

    /** Runs the current search; the table updates when the answer arrives. */
    public void refresh() {
        long asked = ++generation;
        String text = query.get() == null ? "" : query.get();
        loading.set(true);
        tasks.run("task.search", progress -> source.fetch(text, PAGE_SIZE), (Page<T> page) -> {
            if (asked == generation) {
                total.set(page.total());
                shown.set(page.rows().size());
                rows.setAll(page.rows());
                failure.set(null);
                loading.set(false);
            }
        }, error -> {
            if (asked == generation) {
                failure.set(error);
                loading.set(false);
            }
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<T> rows() {
        return rowsView;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }
}

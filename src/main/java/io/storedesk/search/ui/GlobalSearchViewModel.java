package io.storedesk.search.ui;

import io.storedesk.search.SearchHit;
import io.storedesk.ui.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The search popup's state: what was typed, the hits (grouped by kind, as the search returns them), the one chosen
 * with the arrow keys, and what opening it does. Each search runs in the background; an answer to older text than
 * the latest is dropped.
 */
public final class GlobalSearchViewModel {

    private final Function<String, List<SearchHit>> search;
    private final TaskRunner tasks;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObjectProperty<SearchHit> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private Consumer<SearchHit> onOpen = hit -> { };
    private long generation;

    /** search: the hits for a text (GlobalSearch.search with the cap per kind); it runs off the window's thread. */
    public GlobalSearchViewModel(Function<String, List<SearchHit>> search, TaskRunner tasks) {
        this.search = search;
        this.tasks = tasks;
    }

    /** Searches for the text as it is now; the first hit is chosen. */
    public void search() {
        long asked = ++generation;
        String typed = text.get();
        searching.set(true);
        tasks.run("task.search.global", progress -> search.apply(typed), (List<SearchHit> found) -> {
            if (asked == generation) {
                searching.set(false);
                failure.set(null);
                hits.setAll(found);
                selected.set(found.isEmpty() ? null : found.get(0));
            }
        }, error -> {
            if (asked == generation) {
                searching.set(false);
                failure.set(error);
                hits.clear();
                selected.set(null);
            }
        });
    }

    /** Moves the choice by delta hits (the arrow keys), staying within the list. */
    public void move(int delta) {
        if (hits.isEmpty()) {
            return;
        }
        int at = hits.indexOf(selected.get());
        int next = Math.max(0, Math.min(hits.size() - 1, at < 0 ? 0 : at + delta));
        selected.set(hits.get(next));
    }

    /** Opens the chosen hit; false when none is chosen. */
    public boolean open() {
        SearchHit chosen = selected.get();
        if (chosen == null) {
            return false;
        }
        onOpen.accept(chosen);
        return true;
    }

    /** Clears the text and the hits, for the next time the popup opens. */
    public void reset() {
        ++generation;
        text.set("");
        hits.clear();
        selected.set(null);
        searching.set(false);
        failure.set(null);
    }

    /** Whether the hit at index is the first of its kind (the list shows the kind's name above it). */
    public boolean startsKind(int index) {
        return index == 0 || index < hits.size() && hits.get(index - 1).kind() != hits.get(index).kind();
    }

    public void onOpen(Consumer<SearchHit> action) {
        this.onOpen = action;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ObjectProperty<SearchHit> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }
}

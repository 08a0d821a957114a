package io.storedesk.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** One of the five panes the navigation switches between. */
public interface PaneView {

    Node node();

    /** Called each time the pane is shown: fetch or refresh what it displays. */
    void shown();

    /** A count the navigation shows beside the pane's name (things to act on); null or 0 shows none. */
    default ObservableValue<? extends Number> badge() {
        return null;
    }

    /**
     * Shows one item and selects it (the global search and notifications open items this way): a SKU code, an
     * order number, a ticket code. The pane clears its filters as needed; a pane without items ignores it.
     */
    default void reveal(String reference) {
    }

    /** Whether the pane's nodes exist yet (a LazyPane's not before it is first shown or revealed into). */
    default boolean isBuilt() {
        return true;
    }
}

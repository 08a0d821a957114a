package io.storedesk.ui;

import javafx.scene.Node;

/** One of the five panes the navigation switches between. */
public interface PaneView {

    Node node();

    /** Called each time the pane is shown: fetch or refresh what it displays. */
    void shown();
}

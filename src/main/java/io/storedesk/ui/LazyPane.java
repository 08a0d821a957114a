package io.storedesk.ui;

import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * A pane whose nodes are built the first time they are needed: shown, revealed into, or asked for (decision 0035).
 * Start-up then builds only the pane on screen. The count beside the pane's name comes from its view model, which
 * exists from the start, so the navigation shows it before the pane is built. Used on the window's thread.
 */
public final class LazyPane implements PaneView {

    private final Supplier<? extends PaneView> build;
    private final ObservableValue<? extends Number> badge;
    private PaneView built;

    /** A pane without a count in the navigation. */
    public LazyPane(Supplier<? extends PaneView> build) {
        this(build, null);
    }

    /** badge: the count the navigation shows beside the pane (the view model's), before and after it is built. */
    public LazyPane(Supplier<? extends PaneView> build, ObservableValue<? extends Number> badge) {
        this.build = build;
        this.badge = badge;
    }

    private PaneView view() {
        if (built == null) {
            built = build.get();
        }
        return built;
    }

    @Override
    public boolean isBuilt() {
        return built != null;
    }

    @Override
    public Node node() {
        return view().node();
    }

    @Override
    public void shown() {
        view().shown();
    }

    @Override
    public ObservableValue<? extends Number> badge() {
        return badge;
    }

    @Override
    public void reveal(String reference) {
        view().reveal(reference);
    }
}

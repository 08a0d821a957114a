package io.storedesk.ui.layout;

import io.storedesk.ui.DeskPreferences;
import io.storedesk.ui.MainWindow;
import io.storedesk.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window's layout between runs: its bounds and maximised state, the pane shown and the tables' columns,
 * kept in the desk's preferences (decision 0034). Saved a moment after each change and when the window closes.
 */
public final class WindowMemory {

    private final Stage stage;
    private final LayoutSaver saver;
    private final InvalidationListener moved;
    private final EventHandler<WindowEvent> closing;
    private final List<Observable> followed;
    /** The last bounds seen while neither maximised nor minimised: what a maximised window returns to. */
    private ScreenArea normal;

    private WindowMemory(Stage stage, LayoutSaver saver) {
        this.stage = stage;
        this.saver = saver;
        // The bounds are taken at each change, not only at a save: a window maximised before the first save (a
        // first run, or within the quiet period) must still return to, and save, the bounds it had.
        this.moved = o -> {
            takeNormalBounds();
            saver.changed();
        };
        this.closing = e -> saver.save();
        this.followed = List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty(),
                stage.maximizedProperty(), stage.iconifiedProperty());
    }

    /**
     * Puts the stage where it was left, if that is on a screen now (call before showing it; a first run keeps the
     * stage as it is), and follows it from then on.
     */
    public static WindowMemory place(Stage stage, DeskPreferences preferences, TaskRunner tasks) {
        DeskLayout layout = new DeskLayout(preferences);
        WindowMemory memory = new WindowMemory(stage, new LayoutSaver(layout, tasks));
        layout.window().map(p -> p.fitTo(screens())).ifPresent(memory::apply);
        memory.followed.forEach(o -> o.addListener(memory.moved));
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, memory.closing);
        memory.saver.track(memory::windowEntries);
        return memory;
    }

    /** The screens' usable areas, the primary screen first (a window that fits on none is centred on it). */
    private static List<ScreenArea> screens() {
        List<ScreenArea> areas = new ArrayList<>();
        Screen primary = Screen.getPrimary();
        areas.add(area(primary.getVisualBounds()));
        Screen.getScreens().stream().filter(s -> !s.equals(primary)).forEach(s -> areas.add(area(s.getVisualBounds())));
        return areas;
    }

    private static ScreenArea area(Rectangle2D bounds) {
        return new ScreenArea(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
    }

    private void apply(WindowPlacement placement) {
        ScreenArea bounds = placement.bounds();
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        normal = bounds;
        if (placement.maximized()) {
            stage.setMaximized(true);
        }
    }

    /**
     * Reopens the pane shown when the window last closed, remembers the pane from now on, and lets the tables shown
     * in this window remember their columns and splits their dividers (see {@link LayoutMemory}). Call before the
     * window's node joins the scene.
     */
    public void follow(MainWindow window) {
        LayoutMemory.install(stage.getScene(), saver);
        saver.layout().pane().ifPresent(window::reopen);
        window.shownPaneProperty().addListener(moved);
        saver.track(() -> saver.layout().entries(window.shownPane()));
    }

    private void takeNormalBounds() {
        if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified()) {
            normal = new ScreenArea(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    private Map<String, String> windowEntries() {
        takeNormalBounds();
        if (normal == null) {
            return Map.of();
        }
        return saver.layout().entries(new WindowPlacement(normal, stage.isMaximized()));
    }

    /** Saves the layout as it is and stops following (the application stops; a test reuses the stage). */
    public void close() {
        saver.close();
        followed.forEach(o -> o.removeListener(moved));
        stage.removeEventHandler(WindowEvent.WINDOW_HIDING, closing);
        if (stage.getScene() != null) {
            LayoutMemory.uninstall(stage.getScene());
        }
    }
}

package io.storedesk.ui.layout;

import io.storedesk.ui.TaskRunner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the layout once things stop moving: a drag or a resize changes the window many times a second, so a
 * change only restarts a short quiet period, after which every part (window, pane, each table) is read as it is
 * and what differs from the file is written in the background. Used on the JavaFX thread.
 */
final class LayoutSaver {

    private static final Logger LOG = LoggerFactory.getLogger(LayoutSaver.class);
    private static final Duration QUIET = Duration.millis(700);

    private final DeskLayout layout;
    private final TaskRunner tasks;
    private final List<Supplier<Map<String, String>>> parts = new ArrayList<>();
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private boolean closed;

    LayoutSaver(DeskLayout layout, TaskRunner tasks) {
        this.layout = layout;
        this.tasks = tasks;
        quiet.setOnFinished(e -> save());
    }

    DeskLayout layout() {
        return layout;
    }

    /** A part of the layout, read as it is at each save. */
    void track(Supplier<Map<String, String>> part) {
        parts.add(part);
    }

    /**
     * A part of a secondary window (a dialog of the main window), read at each save while that window shows; when
     * it closes, the layout is saved as it was and the part let go, so a dialog opened many times is not kept.
     */
    void trackWhileShown(Supplier<Map<String, String>> part, Window window) {
        parts.add(part);
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                window.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
                if (!closed) {
                    save();
                    parts.remove(part);
                }
            }
        });
    }

    /** Something moved: save once it has been still for a moment. */
    void changed() {
        if (!closed) {
            quiet.playFromStart();
        }
    }

    /** Saves now what differs from the file (the window is closing, or was still long enough). */
    void save() {
        quiet.stop();
        Map<String, String> now = new LinkedHashMap<>();
        parts.forEach(part -> now.putAll(part.get()));
        Map<String, String> changed = layout.changed(now);
        if (changed.isEmpty()) {
            return;
        }
        tasks.run("task.savePreferences", progress -> {
            layout.save(changed);
            return null;
        }, done -> { }, error -> LOG.warn("Could not save the window layout", error));
    }

    /** The last save, and no more: a closed window's parts are not read again. */
    void close() {
        if (!closed) {
            save();
            closed = true;
            parts.clear();
        }
    }
}

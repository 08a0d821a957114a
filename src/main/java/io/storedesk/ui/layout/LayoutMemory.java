package io.storedesk.ui.layout;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Remembers a pane's layout between runs, one line per part: a table's columns (order, widths, which are shown,
 * the sort) with {@code LayoutMemory.remember(table, "catalog")}, a split's dividers with
 * {@code LayoutMemory.remember(split, "catalog")}. The part finds the window's layout through its scene once it is
 * shown there, so panes need no extra constructor argument and a part shown anywhere else (a test, a guide
 * picture) simply keeps the layout it was built with. A dialog's or secondary window's parts find it through the
 * window's owner (its {@code initOwner}), so they remember theirs in the same preferences.
 */
public final class LayoutMemory {

    private static final Object KEY = LayoutMemory.class;

    private LayoutMemory() {
    }

    /** tableId names the table in the preferences: keep it stable across versions (columns are known by id). */
    public static void remember(TableView<?> table, String tableId) {
        onceInTheWindow(table, saver -> RememberedTable.follow(table, tableId, saver));
    }

    /** splitId names the split in the preferences; positions come back only to a split with as many dividers. */
    public static void remember(SplitPane split, String splitId) {
        onceInTheWindow(split, saver -> RememberedSplit.follow(split, splitId, saver));
    }

    private static void onceInTheWindow(Node node, Function<LayoutSaver, Supplier<Map<String, String>>> follow) {
        ChangeListener<Scene> attach = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene == null) {
                    return;
                }
                if (saver(scene) instanceof LayoutSaver saver) {
                    node.sceneProperty().removeListener(this);
                    track(scene, saver, follow);
                } else if (scene.getWindow() == null) {
                    onceTheSceneHasAWindow(node, scene, this, follow);
                }
            }
        };
        node.sceneProperty().addListener(attach);
        attach.changed(node.sceneProperty(), null, node.getScene());
    }

    /** A dialog's scene gets its window after its content is built: the saver is looked up again once it has one. */
    private static void onceTheSceneHasAWindow(Node node, Scene scene, ChangeListener<Scene> attach,
                                               Function<LayoutSaver, Supplier<Map<String, String>>> follow) {
        scene.windowProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Window> obs, Window old, Window window) {
                if (window == null) {
                    return;
                }
                scene.windowProperty().removeListener(this);
                if (node.getScene() == scene && saver(scene) instanceof LayoutSaver saver) {
                    node.sceneProperty().removeListener(attach);
                    track(scene, saver, follow);
                }
            }
        });
    }

    private static void track(Scene scene, LayoutSaver saver,
                              Function<LayoutSaver, Supplier<Map<String, String>>> follow) {
        Supplier<Map<String, String>> part = follow.apply(saver);
        if (scene.getProperties().get(KEY) == saver) {
            saver.track(part);
        } else {
            saver.trackWhileShown(part, scene.getWindow());
        }
    }

    /** The saver of the scene, or of the window that owns the scene's window (a dialog of the main window). */
    private static Object saver(Scene scene) {
        Object saver = scene.getProperties().get(KEY);
        Window owner = owner(scene.getWindow());
        if (saver == null && owner != null && owner.getScene() != null) {
            return saver(owner.getScene());
        }
        return saver;
    }

    private static Window owner(Window window) {
        if (window instanceof Stage stage) {
            return stage.getOwner();
        }
        if (window instanceof PopupWindow popup) {
            return popup.getOwnerWindow();
        }
        return null;
    }

    /** Tables and splits shown in this scene from now on remember their layout through the saver. */
    static void install(Scene scene, LayoutSaver saver) {
        scene.getProperties().put(KEY, saver);
    }

    static void uninstall(Scene scene) {
        scene.getProperties().remove(KEY);
    }
}

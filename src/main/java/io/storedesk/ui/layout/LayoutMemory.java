package io.storedesk.ui.layout;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;

/**
 * Remembers a pane's layout between runs, one line per part: a table's columns (order, widths, which are shown,
 * the sort) with {@code LayoutMemory.remember(table, "catalog")}, a split's dividers with
 * {@code LayoutMemory.remember(split, "catalog")}. The part finds the window's layout through its scene once it is
 * shown there, so panes need no extra constructor argument and a part shown anywhere else (a test, a guide
 * picture) simply keeps the layout it was built with.
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

    private static void onceInTheWindow(Node node, Consumer<LayoutSaver> follow) {
        ChangeListener<Scene> attach = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null && scene.getProperties().get(KEY) instanceof LayoutSaver saver) {
                    node.sceneProperty().removeListener(this);
                    follow.accept(saver);
                }
            }
        };
        node.sceneProperty().addListener(attach);
        attach.changed(node.sceneProperty(), null, node.getScene());
    }

    /** Tables and splits shown in this scene from now on remember their layout through the saver. */
    static void install(Scene scene, LayoutSaver saver) {
        scene.getProperties().put(KEY, saver);
    }

    static void uninstall(Scene scene) {
        scene.getProperties().remove(KEY);
    }
}

package io.storedesk.ui.layout;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * Remembers a table's columns between runs (order, widths, which are shown, the sort), one line per table:
 * {@code TableMemory.remember(table, "catalog")}. The table finds the window's layout through its scene once it
 * is shown there, so panes need no extra constructor argument and a table shown anywhere else (a test, a guide
 * picture) simply keeps the layout it was built with.
 */
public final class TableMemory {

    private static final Object KEY = TableMemory.class;

    private TableMemory() {
    }

    /** tableId names the table in the preferences: keep it stable across versions (columns are known by id). */
    public static void remember(TableView<?> table, String tableId) {
        ChangeListener<Scene> attach = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null && scene.getProperties().get(KEY) instanceof LayoutSaver saver) {
                    table.sceneProperty().removeListener(this);
                    RememberedTable.follow(table, tableId, saver);
                }
            }
        };
        table.sceneProperty().addListener(attach);
        attach.changed(table.sceneProperty(), null, table.getScene());
    }

    /** Tables shown in this scene from now on remember their layout through the saver. */
    static void install(Scene scene, LayoutSaver saver) {
        scene.getProperties().put(KEY, saver);
    }

    static void uninstall(Scene scene) {
        scene.getProperties().remove(KEY);
    }
}

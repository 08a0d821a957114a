package io.storedesk.ui.shortcuts;

import io.storedesk.ui.I18n;
import io.storedesk.ui.PaneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The cheat sheet (F1): every shortcut of the registry, the window's first, then each pane's, in the language shown. */
public final class CheatSheet {

    private CheatSheet() {
    }

    /** Shows the sheet (not modal: it may stay open beside the work). */
    public static Dialog<Void> show(Window owner, List<Shortcut> shortcuts, I18n i18n) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("shortcuts.title"));
        dialog.setHeaderText(i18n.get("shortcuts.header"));
        GridPane grid = new GridPane();
        grid.setId("cheat-sheet");
        grid.setHgap(24);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 8, 4, 8));
        int row = 0;
        List<PaneId> scopes = new ArrayList<>();
        scopes.add(null);
        scopes.addAll(ShortcutKeys.scopes(shortcuts));
        for (PaneId scope : scopes) {
            Label group = new Label(scope == null ? i18n.get("shortcuts.group.window")
                    : i18n.get("shortcuts.group.pane", i18n.get(scope.labelKey())));
            group.getStyleClass().add("title-4");
            grid.add(group, 0, row++, 2, 1);
            for (Map.Entry<String, String> line : lines(shortcuts, scope).entrySet()) {
                Label keys = new Label(line.getValue());
                keys.getStyleClass().add("shortcut-keys");
                grid.add(keys, 0, row);
                grid.add(new Label(i18n.get(line.getKey())), 1, row++);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(480);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.show();
        return dialog;
    }

    /** action key → its keys (several joined: "F1, Ctrl+/"), in the registry's order. */
    static Map<String, String> lines(List<Shortcut> shortcuts, PaneId scope) {
        Map<String, String> lines = new LinkedHashMap<>();
        shortcuts.stream().filter(s -> Objects.equals(s.scope(), scope)).forEach(s -> lines.merge(s.actionKey(),
                s.keys().getDisplayText(), (a, b) -> a + ", " + b));
        return lines;
    }
}

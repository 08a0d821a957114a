package io.storedesk.ui.shortcuts;

import io.storedesk.ui.I18n;
import io.storedesk.ui.MainWindow;
import io.storedesk.ui.PaneId;
import io.storedesk.ui.PaneView;
import io.storedesk.ui.shortcuts.Shortcut.Command;
import io.storedesk.ui.shortcuts.Shortcut.Press;
import io.storedesk.ui.shortcuts.Shortcut.ShowPane;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;

/**
 * Binds the registry's keys on the window's scene. The scene's accelerators see a key only when the focused control
 * has not used it, so a text field keeps its own editing keys.
 */
public final class ShortcutKeys {

    private final MainWindow window;
    private final List<Shortcut> shortcuts;
    private final Runnable openSearch;
    private final I18n i18n;

    private ShortcutKeys(MainWindow window, List<Shortcut> shortcuts, Runnable openSearch, I18n i18n) {
        this.window = window;
        this.shortcuts = shortcuts;
        this.openSearch = openSearch;
        this.i18n = i18n;
    }

    /** Binds every shortcut of the list once the window is in a scene; openSearch opens the global search. */
    public static void install(MainWindow window, List<Shortcut> shortcuts, Runnable openSearch, I18n i18n) {
        ShortcutKeys keys = new ShortcutKeys(window, shortcuts, openSearch, i18n);
        Node root = window.node();
        if (root.getScene() != null) {
            keys.bind(root.getScene());
        }
        root.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                keys.bind(now);
            }
        });
    }

    private void bind(Scene scene) {
        Set<KeyCombination> distinct = new LinkedHashSet<>();
        shortcuts.forEach(s -> distinct.add(s.keys()));
        for (KeyCombination keys : distinct) {
            scene.getAccelerators().put(keys, () -> Shortcuts.find(shortcuts, keys, window.shownPane())
                    .ifPresent(this::run));
        }
    }

    private void run(Shortcut shortcut) {
        PaneView shown = window.pane(window.shownPane());
        Shortcut.Action action = shortcut.action();
        if (action instanceof ShowPane show) {
            window.showPane(show.pane());
        } else if (action instanceof Press press) {
            press(shown.node().lookup("#" + press.nodeId()));
        } else if (action instanceof Command command) {
            run(command.command(), shown);
        }
    }

    private void run(Shortcut.WindowCommand command, PaneView shown) {
        switch (command) {
            case SEARCH -> openSearch.run();
            case FOCUS_SEARCH -> {
                if (shown.node().lookup(".pane-search") instanceof TextInputControl field) {
                    field.requestFocus();
                    field.selectAll();
                }
            }
            case REFRESH -> shown.shown();
            case IMPORT -> press(shown.node().lookup("#" + shown.node().getId() + "-import"));
            case EXPORT -> press(shown.node().lookup("#" + shown.node().getId() + "-export"));
            case CHEAT_SHEET -> CheatSheet.show(window.node().getScene().getWindow(), shortcuts, i18n);
        }
    }

    /** Presses a button the way a click would: not when it is disabled or hidden (a role without the right). */
    private static void press(Node node) {
        if (!(node instanceof ButtonBase button) || button.isDisabled() || !button.isVisible()) {
            return;
        }
        if (button instanceof MenuButton menu) {
            menu.show();
        } else {
            button.fire();
        }
    }

    /** Which panes have shortcuts of their own, for the cheat sheet. */
    static List<PaneId> scopes(List<Shortcut> shortcuts) {
        return shortcuts.stream().map(Shortcut::scope).filter(s -> s != null).distinct().sorted().toList();
    }
}

package io.storedesk.ui.shortcuts;

import io.storedesk.ui.PaneId;
import javafx.scene.input.KeyCombination;

/**
 * One keyboard shortcut: its keys, the message key that names what it does, where it works (scope: null for the
 * whole window, else one pane, where it wins over a window-wide one with the same keys) and what it does.
 */
public record Shortcut(KeyCombination keys, String actionKey, PaneId scope, Action action) {

    /** What a shortcut does. */
    public sealed interface Action permits ShowPane, Command, Press {
    }

    /** Shows a pane. */
    public record ShowPane(PaneId pane) implements Action {
    }

    /** One of the window's own commands. */
    public record Command(WindowCommand command) implements Action {
    }

    /** Presses the pane's button (or opens its menu button) with this node id, when it is enabled. */
    public record Press(String nodeId) implements Action {
    }

    /** The window's commands a shortcut can run. */
    public enum WindowCommand {
        SEARCH, FOCUS_SEARCH, REFRESH, IMPORT, EXPORT, CHEAT_SHEET
    }
}

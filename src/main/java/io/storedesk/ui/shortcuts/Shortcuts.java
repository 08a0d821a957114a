package io.storedesk.ui.shortcuts;

import io.storedesk.ui.PaneId;
import io.storedesk.ui.shortcuts.Shortcut.Command;
import io.storedesk.ui.shortcuts.Shortcut.Press;
import io.storedesk.ui.shortcuts.Shortcut.ShowPane;
import io.storedesk.ui.shortcuts.Shortcut.WindowCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCombination;

/**
 * The one list of keyboard shortcuts: the window binds its keys from it and the cheat sheet lists it, so the sheet
 * cannot tell of a shortcut that does not exist. Pane shortcuts press the pane's own buttons, so they are refused
 * (disabled) exactly when the button is.
 */
public final class Shortcuts {

    private Shortcuts() {
    }

    public static List<Shortcut> all() {
        List<Shortcut> all = new ArrayList<>();
        PaneId[] panes = PaneId.values();
        for (int i = 0; i < panes.length; i++) {
            all.add(global("Shortcut+" + (i + 1), panes[i].labelKey(), new ShowPane(panes[i])));
        }
        all.add(global("Shortcut+K", "shortcuts.action.search", new Command(WindowCommand.SEARCH)));
        all.add(global("Shortcut+F", "shortcuts.action.focusSearch", new Command(WindowCommand.FOCUS_SEARCH)));
        all.add(global("F5", "shortcuts.action.refresh", new Command(WindowCommand.REFRESH)));
        all.add(global("Shortcut+I", "shortcuts.action.import", new Command(WindowCommand.IMPORT)));
        all.add(global("Shortcut+E", "shortcuts.action.export", new Command(WindowCommand.EXPORT)));
        all.add(global("F1", "shortcuts.action.cheatSheet", new Command(WindowCommand.CHEAT_SHEET)));
        all.add(global("Shortcut+Slash", "shortcuts.action.cheatSheet", new Command(WindowCommand.CHEAT_SHEET)));

        all.add(pane(PaneId.CATALOG, "Shortcut+Z", "catalog.action.undo", "catalog-undo"));

        all.add(pane(PaneId.STOCK, "Shortcut+P", "shortcuts.action.stock.purchaseOrders", "stock-create-purchase-orders"));
        all.add(pane(PaneId.STOCK, "Shortcut+T", "stock.action.transfer", "stock-create-transfers"));
        all.add(pane(PaneId.STOCK, "Shortcut+D", "stock.action.dismiss", "stock-dismiss"));
        all.add(pane(PaneId.STOCK, "Shortcut+Z", "catalog.action.undo", "stock-undo"));

        all.add(pane(PaneId.ORDERS, "Shortcut+R", "orders.action.routeSelected", "orders-route-selected"));
        all.add(pane(PaneId.ORDERS, "Shortcut+Shift+R", "orders.pane.routeAll", "orders-route-all"));
        all.add(pane(PaneId.ORDERS, "Shortcut+H", "orders.action.hold", "orders-hold"));
        all.add(pane(PaneId.ORDERS, "Shortcut+U", "orders.action.release", "orders-release"));
        all.add(pane(PaneId.ORDERS, "Shortcut+M", "orders.action.merge", "orders-merge"));

        all.add(pane(PaneId.AFTERSALES, "Shortcut+N", "aftersales.manual.open", "aftersales-new"));
        all.add(pane(PaneId.AFTERSALES, "Shortcut+R", "aftersales.pane.reply", "aftersales-reply"));
        all.add(pane(PaneId.AFTERSALES, "Shortcut+Shift+N", "aftersales.pane.addNote", "aftersales-add-note"));
        all.add(pane(PaneId.AFTERSALES, "Shortcut+Shift+F", "aftersales.pane.refund", "aftersales-refund"));
        return List.copyOf(all);
    }

    private static Shortcut global(String keys, String actionKey, Shortcut.Action action) {
        return new Shortcut(KeyCombination.valueOf(keys), actionKey, null, action);
    }

    private static Shortcut pane(PaneId pane, String keys, String actionKey, String nodeId) {
        return new Shortcut(KeyCombination.valueOf(keys), actionKey, pane, new Press(nodeId));
    }

    /** The shortcut the keys run on a pane: the pane's own first, else the window's. */
    public static Optional<Shortcut> find(List<Shortcut> shortcuts, KeyCombination keys, PaneId shown) {
        return shortcuts.stream().filter(s -> s.keys().equals(keys) && s.scope() == shown).findFirst()
                .or(() -> shortcuts.stream().filter(s -> s.keys().equals(keys) && s.scope() == null).findFirst());
    }
}

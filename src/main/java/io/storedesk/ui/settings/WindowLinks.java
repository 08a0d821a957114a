package io.storedesk.ui.settings;

import io.storedesk.ui.PaneId;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;

/**
 * Opens dialogs the main window already has, as if the person had clicked them: the channels pane's "Add
 * channel" wizard and the person menu's "Users and roles". Found by their ids, so the features that own them
 * need not export their dialogs.
 */
public final class WindowLinks {

    private WindowLinks() {
    }

    public static void openChannelSetup(Node windowRoot) {
        if (windowRoot.lookup("#" + PaneId.CHANNELS.navigationId()) instanceof ButtonBase navigation) {
            navigation.fire();
        }
        Platform.runLater(() -> {
            if (windowRoot.lookup("#channels-add") instanceof ButtonBase add) {
                add.fire();
            }
        });
    }

    public static void openUsers(Node windowRoot) {
        if (windowRoot.lookup("#account-menu") instanceof MenuButton menu) {
            menu.getItems().stream().filter(item -> "menu-users".equals(item.getId()) && item.isVisible())
                    .findFirst().ifPresent(item -> item.fire());
        }
    }
}

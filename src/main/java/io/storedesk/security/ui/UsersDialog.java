package io.storedesk.security.ui;

import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import java.time.ZoneId;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

/** "Users and roles…": the users list and the permission matrix, for the administrator. */
final class UsersDialog {

    private UsersDialog() {
    }

    static void show(Window owner, I18n i18n, UsersViewModel users, PermissionMatrixViewModel matrix,
                     Supplier<ZoneId> zone) {
        Dialog<Void> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("security.users.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(LockScreen.STYLESHEET);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Tab usersTab = new Tab(i18n.get("security.users.tab"), new UsersTab(users, i18n, zone).node());
        Tab matrixTab = new Tab(i18n.get("security.matrix.tab"), new PermissionMatrixTab(matrix, i18n).node());
        TabPane tabs = new TabPane(usersTab, matrixTab);
        tabs.setId("users-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        dialog.getDialogPane().setContent(tabs);
        dialog.getDialogPane().setPrefSize(980, 680);
        users.refresh();
        matrix.reload();
        dialog.showAndWait();
    }
}

package io.storedesk.security.ui;

import io.storedesk.security.Principal;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The app bar's person menu: who works here; "Users and roles…" for whoever may manage users; "Set up sign-in…"
 * while the store is unclaimed; "Change my password…" and "Sign out" once it is claimed.
 */
final class AccountMenu {

    private final MenuButton root = new MenuButton();

    AccountMenu(DeskSessionViewModel session, I18n i18n, Runnable openUsers, Runnable setUpSignIn,
                Runnable changePassword) {
        root.setId("account-menu");
        root.getStyleClass().add("account-menu");
        root.setGraphic(Icon.ACCOUNT.node());
        root.textProperty().bind(Bindings.createStringBinding(() -> {
            Principal who = session.principalProperty().get();
            return who == null ? "" : who.displayName();
        }, session.principalProperty()));
        MenuItem users = item("menu-users", i18n, "security.users.menu");
        users.setOnAction(e -> openUsers.run());
        users.visibleProperty().bind(session.mayManageUsersProperty());
        MenuItem setUp = item("menu-set-up-sign-in", i18n, "security.users.claim.menu");
        setUp.setOnAction(e -> setUpSignIn.run());
        setUp.visibleProperty().bind(session.claimedProperty().not());
        MenuItem password = item("menu-change-password", i18n, "security.password.menu");
        password.setOnAction(e -> changePassword.run());
        password.visibleProperty().bind(session.claimedProperty());
        MenuItem signOut = item("menu-sign-out", i18n, "security.auth.signOut");
        signOut.setOnAction(e -> session.signOut());
        signOut.visibleProperty().bind(session.claimedProperty());
        root.getItems().addAll(users, setUp, password, signOut);
    }

    private static MenuItem item(String id, I18n i18n, String key) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(i18n.text(key));
        return item;
    }

    Node node() {
        return root;
    }
}

package io.storedesk.security.ui;

import io.storedesk.security.UserAccount;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** "Set up sign-in…": creates the first administrator; the dialog closes once they exist. */
final class ClaimStoreDialog {

    private ClaimStoreDialog() {
    }

    static void show(Window owner, I18n i18n, ClaimStoreViewModel model, Runnable onClaimed) {
        Dialog<UserAccount> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("security.users.claim.title"));
        dialog.getDialogPane().getStylesheets().add(LockScreen.STYLESHEET);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        TextField username = new TextField();
        username.setId("claim-username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        TextField displayName = new TextField();
        displayName.setId("claim-display-name");
        displayName.textProperty().bindBidirectional(model.displayNameProperty());
        PasswordField password = new PasswordField();
        password.setId("claim-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("claim-repeat");
        repeat.textProperty().bindBidirectional(model.repeatProperty());
        Label explain = new Label(i18n.get("security.users.claim.explain"));
        explain.setWrapText(true);
        explain.setMaxWidth(420);
        Label error = new Label();
        error.setId("claim-error");
        error.getStyleClass().add("sign-in-error");
        error.setMaxWidth(420);
        error.textProperty().bind(Bindings.createStringBinding(() -> model.failureProperty().get() == null ? ""
                : i18n.describe(model.failureProperty().get()), model.failureProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.add(explain, 0, 0, 2, 1);
        grid.addRow(1, new Label(i18n.get("security.auth.username")), username);
        grid.addRow(2, new Label(i18n.get("security.users.displayName")), displayName);
        grid.addRow(3, new Label(i18n.get("security.auth.password")), password);
        grid.addRow(4, new Label(i18n.get("security.users.repeatPassword")), repeat);
        grid.add(error, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(grid);
        // OK saves in the background and keeps the dialog open; it closes once the administrator exists.
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save();
        });
        model.createdProperty().addListener((obs, old, admin) -> {
            if (admin != null) {
                onClaimed.run();
                dialog.setResult(admin);
                dialog.close();
            }
        });
        dialog.showAndWait();
    }
}

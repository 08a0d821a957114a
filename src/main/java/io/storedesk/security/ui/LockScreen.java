package io.storedesk.security.ui;

import io.storedesk.ui.I18n;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Covers the whole window while nobody is signed in: the panes behind cannot be seen or used. Shows the sign-in
 * form with the person who worked here last already filled in.
 */
final class LockScreen {

    static final String STYLESHEET = LockScreen.class.getResource("security.css").toExternalForm();

    private final StackPane root = new StackPane();

    LockScreen(DeskSessionViewModel session, SignInViewModel model, I18n i18n) {
        root.setId("lock-screen");
        root.getStyleClass().add("lock-screen");
        root.getStylesheets().add(STYLESHEET);
        Label title = new Label();
        title.getStyleClass().add("sign-in-title");
        title.textProperty().bind(i18n.text("security.auth.title"));
        Label hint = new Label();
        hint.setWrapText(true);
        hint.textProperty().bind(i18n.text("security.auth.hint"));
        TextField username = new TextField();
        username.setId("signin-username");
        username.promptTextProperty().bind(i18n.text("security.auth.username"));
        username.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("signin-password");
        password.promptTextProperty().bind(i18n.text("security.auth.password"));
        password.textProperty().bindBidirectional(model.passwordProperty());
        Button signIn = new Button();
        signIn.setId("signin-button");
        signIn.setDefaultButton(true);
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.textProperty().bind(i18n.text("security.auth.signIn"));
        signIn.disableProperty().bind(model.busyProperty());
        signIn.setOnAction(e -> model.signIn());
        password.setOnAction(e -> model.signIn());
        Label error = new Label();
        error.setId("signin-error");
        error.getStyleClass().add("sign-in-error");
        error.textProperty().bind(Bindings.createStringBinding(() -> model.failureProperty().get() == null ? ""
                : i18n.describe(model.failureProperty().get()), model.failureProperty(), i18n.localeProperty()));
        VBox card = new VBox(title, hint, username, password, signIn, error);
        card.getStyleClass().add("sign-in-card");
        card.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().add(card);
        root.visibleProperty().bind(session.lockedProperty());
        session.lockedProperty().addListener((obs, was, locked) -> {
            if (locked) {
                show(session, model, username, password);
            }
        });
        if (session.lockedProperty().get()) {
            show(session, model, username, password);
        }
    }

    private static void show(DeskSessionViewModel session, SignInViewModel model, TextField username,
                             PasswordField password) {
        model.reset(session.lastUsername());
        Platform.runLater(() -> (username.getText().isEmpty() ? username : password).requestFocus());
    }

    Node node() {
        return root;
    }
}

package io.storedesk.security.ui;

import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The form of "Change my password…" and the dialog that holds it. */
final class OwnPasswordForm {

    private final VBox root = new VBox(8);

    OwnPasswordForm(OwnPasswordViewModel model, I18n i18n) {
        root.setId("own-password");
        root.getStyleClass().add("sign-in-card");
        PasswordField current = field("own-password-current", i18n, "security.password.current",
                model.currentProperty());
        PasswordField fresh = field("own-password-new", i18n, "security.password.new", model.freshProperty());
        PasswordField repeated = field("own-password-repeat", i18n, "security.password.repeat",
                model.repeatedProperty());
        Button save = new Button();
        save.setId("own-password-save");
        save.setDefaultButton(true);
        save.textProperty().bind(i18n.text("security.password.save"));
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.change());
        Label error = new Label();
        error.setId("own-password-error");
        error.setWrapText(true);
        error.getStyleClass().add("sign-in-error");
        error.textProperty().bind(Bindings.createStringBinding(() -> model.failureProperty().get() == null ? ""
                : i18n.describe(model.failureProperty().get()), model.failureProperty(), i18n.localeProperty()));
        Label notice = new Label();
        notice.setId("own-password-notice");
        notice.getStyleClass().add("security-notice");
        notice.textProperty().bind(Bindings.when(model.changedProperty())
                .then(i18n.text("security.password.changed")).otherwise(""));
        root.getChildren().addAll(current, fresh, repeated, save, error, notice);
    }

    private static PasswordField field(String id, I18n i18n, String promptKey,
                                       StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.promptTextProperty().bind(i18n.text(promptKey));
        field.textProperty().bindBidirectional(value);
        return field;
    }

    Node node() {
        return root;
    }

    static void show(Window owner, I18n i18n, OwnPasswordViewModel model) {
        Dialog<Void> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("security.password.title"));
        dialog.getDialogPane().getStylesheets().add(LockScreen.STYLESHEET);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(new OwnPasswordForm(model, i18n).node());
        dialog.showAndWait();
    }
}

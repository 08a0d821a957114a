package io.storedesk.ui.firstrun;

import io.storedesk.ui.I18n;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The administrator page: the same fields as "Set up sign-in…", or skip and work without sign-in. */
final class FirstRunAccountPage {

    private FirstRunAccountPage() {
    }

    static Node build(FirstRunViewModel model, I18n i18n) {
        TextField username = field(new TextField(), "firstrun-username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        TextField displayName = field(new TextField(), "firstrun-display-name");
        displayName.textProperty().bindBidirectional(model.displayNameProperty());
        PasswordField password = field(new PasswordField(), "firstrun-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        PasswordField repeat = field(new PasswordField(), "firstrun-repeat");
        repeat.textProperty().bindBidirectional(model.repeatProperty());
        GridPane grid = FirstRunWizard.form();
        grid.addRow(0, label(i18n, "security.auth.username"), username);
        grid.addRow(1, label(i18n, "security.users.displayName"), displayName);
        grid.addRow(2, label(i18n, "security.auth.password"), password);
        grid.addRow(3, label(i18n, "security.users.repeatPassword"), repeat);
        grid.disableProperty().bind(model.withoutSignInProperty());
        CheckBox skip = new CheckBox();
        skip.setId("firstrun-without-sign-in");
        skip.textProperty().bind(i18n.text("firstRun.account.skip"));
        skip.selectedProperty().bindBidirectional(model.withoutSignInProperty());
        Label explain = new Label();
        explain.textProperty().bind(i18n.text("security.users.claim.explain"));
        explain.setWrapText(true);
        explain.setMaxWidth(620);
        return new VBox(14, explain, grid, skip);
    }

    private static <T extends TextField> T field(T field, String id) {
        field.setId(id);
        field.setPrefColumnCount(24);
        return field;
    }

    private static Label label(I18n i18n, String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        return label;
    }
}

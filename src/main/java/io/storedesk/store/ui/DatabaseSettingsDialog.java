package io.storedesk.store.ui;

import io.storedesk.common.MessageKey;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.store.SavedConnection;
import io.storedesk.store.ServerCheck;
import io.storedesk.store.StoreConfig;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Notices;
import io.storedesk.ui.TaskRunner;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The "Database connection…" dialog of the main menu (settings right): the store open now, and this computer's
 * file or a PostgreSQL server for the next start, with "Test connection" and "Save" (decision 0031).
 */
public final class DatabaseSettingsDialog {

    private final DatabaseSettingsViewModel model;
    private final I18n i18n;

    public DatabaseSettingsDialog(DatabaseSettingsViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    /** The menu item; disabled for a role without the settings right, following sign-ins. */
    public static MenuItem menuItem(Supplier<Window> owner, StoreConfig current, boolean startNamesServer,
                                    Access access, TaskRunner tasks, I18n i18n) {
        MenuItem item = new MenuItem();
        item.setId("menu-database");
        item.textProperty().bind(i18n.text("database.menu"));
        item.setDisable(!access.allows(Permission.SETTINGS));
        access.onChange(grant -> Platform.runLater(() -> item.setDisable(!access.allows(Permission.SETTINGS))));
        item.setOnAction(e -> new DatabaseSettingsDialog(new DatabaseSettingsViewModel(current,
                SavedConnection.in(current.dataDirectory()), startNamesServer, ServerCheck::check, access, tasks),
                i18n).dialog(owner.get()).showAndWait());
        return item;
    }

    /** The dialog, not yet shown (a test shows it without waiting). */
    public Dialog<Void> dialog(Window owner) {
        Dialog<Void> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("database.title"));
        MessageKey current = model.currentStore();
        dialog.setHeaderText(i18n.get(current.key(), current.arguments()));

        ToggleGroup choice = new ToggleGroup();
        RadioButton file = new RadioButton(i18n.get("database.choice.file"));
        file.setId("database-file");
        file.setToggleGroup(choice);
        RadioButton server = new RadioButton(i18n.get("database.choice.server"));
        server.setId("database-server");
        server.setToggleGroup(choice);
        server.setSelected(model.useServerProperty().get());
        file.setSelected(!model.useServerProperty().get());
        model.useServerProperty().addListener((obs, old, now) -> server.setSelected(now));
        server.selectedProperty().addListener((obs, old, now) -> model.useServerProperty().set(now));

        TextField url = new TextField();
        url.setId("database-url");
        url.setPromptText("jdbc:postgresql://host:5432/storedesk");
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField user = new TextField();
        user.setId("database-user");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("database-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.promptTextProperty().bind(Bindings.when(model.passwordSavedProperty())
                .then(i18n.get("database.password.kept")).otherwise(""));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(i18n.get("database.url")), url);
        form.addRow(1, new Label(i18n.get("database.user")), user);
        form.addRow(2, new Label(i18n.get("database.password")), password);
        url.setPrefColumnCount(32);
        form.disableProperty().bind(model.useServerProperty().not());

        Button test = new Button(i18n.get("database.test"));
        test.setId("database-test");
        test.disableProperty().bind(model.busyProperty().or(model.useServerProperty().not()));
        test.setOnAction(e -> model.testConnection());
        Button save = new Button(i18n.get("database.save"));
        save.setId("database-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Label overridden = new Label(i18n.get("database.overridden"));
        overridden.setWrapText(true);
        overridden.visibleProperty().bind(model.overriddenProperty());
        overridden.managedProperty().bind(model.overriddenProperty());

        VBox content = new VBox(10, file, server, form, new HBox(10, test, save), overridden,
                Notices.bar("database-notice", i18n, model.noticeProperty(), model::dismissNotice));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        model.load();
        return dialog;
    }
}

package io.storedesk.security.ui;

import io.storedesk.security.Role;
import io.storedesk.security.UserAccount;
import io.storedesk.ui.I18n;
import io.storedesk.ui.layout.LayoutMemory;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The users list: who works here, adding a person, and changes to the selected one. */
final class UsersTab {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final VBox root = new VBox(10);

    UsersTab(UsersViewModel model, I18n i18n, Supplier<ZoneId> zone) {
        TableView<UserAccount> table = new TableView<>(model.accounts());
        table.setId("users-table");
        table.getColumns().add(column(i18n, "security.users.column.username", UserAccount::username));
        table.getColumns().add(column(i18n, "security.users.column.name", UserAccount::displayName));
        table.getColumns().add(column(i18n, "security.users.column.role", a -> i18n.get("security.role." + a.role())));
        table.getColumns().add(column(i18n, "security.users.column.team", a -> place(i18n, a.team())));
        table.getColumns().add(column(i18n, "security.users.column.warehouse", a -> place(i18n, a.warehouse())));
        table.getColumns().add(column(i18n, "security.users.column.state", a -> i18n.get(!a.active()
                ? "security.users.state.inactive" : a.hasPassword() ? "security.users.state.canSignIn"
                : "security.users.state.noPassword")));
        table.getColumns().add(column(i18n, "security.users.column.lastLogin", a -> a.lastLoginAt() == null ? "—"
                : TIME.format(a.lastLoginAt().atZone(zone.get()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        LayoutMemory.remember(table, "users");
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty()
                .set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });

        ComboBox<Role> role = roles(i18n);
        role.setId("users-selected-role");
        Button changeRole = button(i18n, "users-change-role", "security.users.changeRole");
        changeRole.setOnAction(e -> model.changeRole(role.getValue()));
        Button deactivate = button(i18n, "users-deactivate", "security.users.deactivate");
        deactivate.setOnAction(e -> model.deactivate());
        PasswordField reset = new PasswordField();
        reset.setId("users-reset-password");
        reset.setPromptText(i18n.get("security.users.newPassword"));
        Button setPassword = button(i18n, "users-set-password", "security.users.setPassword");
        setPassword.setOnAction(e -> {
            model.resetPassword(reset.getText());
            reset.clear();
        });
        TextField team = new TextField();
        team.setId("users-team");
        team.setPrefColumnCount(8);
        team.setPromptText(i18n.get("security.users.team"));
        team.textProperty().bindBidirectional(model.teamCodeProperty());
        TextField warehouse = new TextField();
        warehouse.setId("users-warehouse");
        warehouse.setPrefColumnCount(8);
        warehouse.setPromptText(i18n.get("security.users.warehouse"));
        warehouse.textProperty().bindBidirectional(model.warehouseCodeProperty());
        Button setPlace = button(i18n, "users-set-place", "security.users.setPlace");
        setPlace.setOnAction(e -> model.changePlace());
        HBox selectedActions = new HBox(8, role, changeRole, deactivate, reset, setPassword);
        selectedActions.disableProperty().bind(model.selectedProperty().isNull());
        HBox placeActions = new HBox(8, team, warehouse, setPlace);
        placeActions.disableProperty().bind(model.selectedProperty().isNull());
        model.selectedProperty().addListener((obs, old, now) -> role.setValue(now == null ? null : now.role()));

        TextField username = new TextField();
        username.setId("users-new-username");
        username.setPromptText(i18n.get("security.auth.username"));
        username.textProperty().bindBidirectional(model.newUsernameProperty());
        TextField displayName = new TextField();
        displayName.setId("users-new-display-name");
        displayName.setPromptText(i18n.get("security.users.displayName"));
        displayName.textProperty().bindBidirectional(model.newDisplayNameProperty());
        ComboBox<Role> newRole = roles(i18n);
        newRole.setId("users-new-role");
        newRole.valueProperty().bindBidirectional(model.newRoleProperty());
        PasswordField password = new PasswordField();
        password.setId("users-new-password");
        password.setPromptText(i18n.get("security.users.optionalPassword"));
        password.textProperty().bindBidirectional(model.newPasswordProperty());
        Button add = button(i18n, "users-add", "security.users.add");
        add.setOnAction(e -> model.add());
        HBox addForm = new HBox(8, username, displayName, newRole, password, add);

        Label error = new Label();
        error.setId("users-error");
        error.getStyleClass().add("sign-in-error");
        error.textProperty().bind(Bindings.createStringBinding(() -> model.failureProperty().get() == null ? ""
                : i18n.describe(model.failureProperty().get()), model.failureProperty()));
        Label notice = new Label();
        notice.setId("users-notice");
        notice.getStyleClass().add("security-notice");
        notice.textProperty().bind(Bindings.createStringBinding(() -> model.noticeProperty().get() == null ? ""
                : i18n.get(model.noticeProperty().get().key(), model.noticeProperty().get().arguments()),
                model.noticeProperty()));
        root.getChildren().addAll(table, new Label(i18n.get("security.users.selectedTitle")), selectedActions,
                placeActions, new Label(i18n.get("security.users.addTitle")), addForm, error, notice);
        root.getStyleClass().add("pane-content");
    }

    /** "RET (Returns)": the code the place fields take, with the name people know it by; "—" for none. */
    private static String place(I18n i18n, UserAccount.Place place) {
        return place == null ? "—" : i18n.get("security.users.place", place.code(), place.name());
    }

    private static ComboBox<Role> roles(I18n i18n) {
        ComboBox<Role> box = new ComboBox<>();
        box.getItems().setAll(Role.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role role) {
                return role == null ? "" : i18n.get("security.role." + role.name());
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private static Button button(I18n i18n, String id, String key) {
        Button button = new Button(i18n.get(key));
        button.setId(id);
        return button;
    }

    private static TableColumn<UserAccount, String> column(I18n i18n, String key,
                                                            Function<UserAccount, String> value) {
        TableColumn<UserAccount, String> column = new TableColumn<>(i18n.get(key));
        column.setId(key);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    Node node() {
        return root;
    }
}

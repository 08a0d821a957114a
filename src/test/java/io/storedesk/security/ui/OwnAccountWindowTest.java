package io.storedesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.security.NewUser;
import io.storedesk.security.Role;
import io.storedesk.security.Team;
import io.storedesk.security.UserAccount;
import io.storedesk.security.UserRepository;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.FxTaskRunner;
import io.storedesk.ui.I18n;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The administrator's own account in the window: "Change my password…" (wrong current passwords count towards the
 * lockout) and, in "Users and roles…", a person's team and warehouse.
 */
@ExtendWith(ApplicationExtension.class)
class OwnAccountWindowTest {

    private final Services services = TestStores.emptyInMemory();
    private final FxTaskRunner tasks = new FxTaskRunner();
    private UsersViewModel users;

    @Start
    void start(Stage stage) {
        services.users().claim("boss", "Wang Boss", "boss-password");
        new Fixtures(services.store().dsl()).warehouse("WH-SH", "上海");
        new UserRepository(services.store().dsl()).insertTeams(List.of(new Team(0, "RET", "Returns", "boss")));
        services.users().add(new NewUser("mei", "Li Mei", Role.AGENT), null);
        I18n i18n = new I18n(Locale.ENGLISH);
        users = new UsersViewModel(services.users(), tasks);
        OwnPasswordForm password = new OwnPasswordForm(new OwnPasswordViewModel(services.signIn(), services.users(),
                tasks), i18n);
        UsersTab usersTab = new UsersTab(users, i18n, services.shop()::zone);
        stage.setScene(new Scene(new VBox(12, password.node(), (Parent) usersTab.node()), 1200, 800));
        stage.show();
        users.refresh();
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxWait.until(60, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void changePassword(FxRobot robot, String current, String fresh, String repeated)
            throws Exception {
        robot.interact(() -> {
            robot.lookup("#own-password-current").queryAs(TextField.class).setText(current);
            robot.lookup("#own-password-new").queryAs(TextField.class).setText(fresh);
            robot.lookup("#own-password-repeat").queryAs(TextField.class).setText(repeated);
        });
        robot.clickOn("#own-password-save");
        waitFor(() -> !robot.lookup("#own-password-save").queryAs(Button.class).isDisabled());
    }

    @Test
    void changingMyPasswordChecksTheCurrentOneAndCountsWrongOnesTowardsTheLockout(FxRobot robot) throws Exception {
        changePassword(robot, "boss-password", "new-password", "new-passw0rd");
        assertThat(label(robot, "#own-password-error")).isEqualTo(
                "The two passwords differ. Type the same password twice.");

        changePassword(robot, "boss-password", "short", "short");
        assertThat(label(robot, "#own-password-error")).isEqualTo(
                "The password must be at least 8 characters long.");

        changePassword(robot, "boss-password", "new-password", "new-password");
        assertThat(label(robot, "#own-password-error")).isEmpty();
        assertThat(label(robot, "#own-password-notice")).startsWith("Your password was changed.");
        assertThat(robot.lookup("#own-password-current").queryAs(TextField.class).getText()).isEmpty();

        for (int attempt = 1; attempt <= 4; attempt++) {
            changePassword(robot, "boss-password", "other-password", "other-password");
            assertThat(label(robot, "#own-password-error")).as("attempt " + attempt)
                    .isEqualTo("The current password is wrong, so the password was not changed.");
        }
        changePassword(robot, "boss-password", "other-password", "other-password");
        assertThat(label(robot, "#own-password-error")).startsWith("Too many wrong passwords: boss is locked until ");
    }

    @Test
    void theAdministratorSetsAPersonsTeamAndWarehouseAndItIsAudited(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<UserAccount> table = robot.lookup("#users-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(a -> a.username().equals("mei")).findFirst().orElseThrow()));

        robot.interact(() -> {
            robot.lookup("#users-team").queryAs(TextField.class).setText("NOPE");
            robot.lookup("#users-warehouse").queryAs(TextField.class).setText("WH-SH");
        });
        robot.clickOn("#users-set-place");
        waitFor(() -> !label(robot, "#users-error").isEmpty());
        assertThat(label(robot, "#users-error")).isEqualTo("There is no team with the code NOPE.");

        robot.interact(() -> robot.lookup("#users-team").queryAs(TextField.class).setText("RET"));
        robot.clickOn("#users-set-place");
        waitFor(() -> label(robot, "#users-notice").equals("mei has a new team and warehouse."));

        UserAccount mei = services.users().find("mei");
        assertThat(mei.teamId()).isNotNull();
        assertThat(mei.warehouseId()).isNotNull();
        assertThat(services.audit().history("user", "mei", 5)).filteredOn(e -> e.action().equals("user.place"))
                .singleElement().satisfies(e -> {
                    assertThat(e.user()).isEqualTo("boss");
                    assertThat(e.after()).containsEntry("warehouseId", mei.warehouseId().toString());
                });
    }

    @Test
    void theUsersTableShowsEachPersonsTeamAndWarehouseInBothLanguages(FxRobot robot) throws Exception {
        services.users().changePlace("mei", "RET", "WH-SH", services.users().find("mei").version());
        @SuppressWarnings("unchecked")
        TableView<UserAccount> table = robot.lookup("#users-table").queryAs(TableView.class);
        robot.interact(users::refresh);
        waitFor(() -> table.getItems().stream().anyMatch(a -> a.team() != null));

        assertThat(shown(table, "Team")).containsExactly("—", "RET (Returns)");
        assertThat(shown(table, "Warehouse")).containsExactly("—", "WH-SH (WH-SH仓)");
        List<String> chinese = new java.util.ArrayList<>();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<UserAccount> zh = (TableView<UserAccount>) new UsersTab(users,
                    new I18n(Locale.SIMPLIFIED_CHINESE), services.shop()::zone).node().lookup("#users-table");
            chinese.addAll(shown(zh, "团队"));
            chinese.addAll(shown(zh, "仓库"));
        });
        assertThat(chinese).containsExactly("—", "RET（Returns）", "—", "WH-SH（WH-SH仓）");

        // Selecting a person starts the place fields from where they work, so changing one keeps the other.
        robot.interact(() -> table.getSelectionModel().select(1));
        assertThat(robot.lookup("#users-team").queryAs(TextField.class).getText()).isEqualTo("RET");
        assertThat(robot.lookup("#users-warehouse").queryAs(TextField.class).getText()).isEqualTo("WH-SH");
        robot.interact(() -> robot.lookup("#users-team").queryAs(TextField.class).setText(""));
        robot.clickOn("#users-set-place");
        waitFor(() -> label(robot, "#users-notice").equals("mei has a new team and warehouse."));
        assertThat(shown(table, "Team")).containsExactly("—", "—");
        assertThat(shown(table, "Warehouse")).containsExactly("—", "WH-SH (WH-SH仓)");
    }

    /** The texts of the column with this heading, row by row. */
    private static List<String> shown(TableView<UserAccount> table, String heading) {
        var column = table.getColumns().stream().filter(c -> c.getText().equals(heading)).findFirst().orElseThrow();
        List<String> texts = new java.util.ArrayList<>();
        for (int row = 0; row < table.getItems().size(); row++) {
            texts.add((String) column.getCellData(row));
        }
        return texts;
    }
}

package io.storedesk.store.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.store.SavedConnection;
import io.storedesk.store.StoreConfig;
import io.storedesk.sync.credentials.CredentialVault;
import io.storedesk.sync.credentials.VaultKey;
import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.I18n;
import io.storedesk.ui.InlineTaskRunner;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The dialog headless: choose a server, a refused test shows why, save keeps the choice for the next start. */
class DatabaseSettingsDialogTest {

    private static final String URL = "jdbc:postgresql://db.example:5432/shop";

    private final FxRobot robot = new FxRobot();
    private final Path dataDirectory = TestStores.newDirectory();
    private final SavedConnection saved = new SavedConnection(dataDirectory, new CredentialVault(
            dataDirectory.resolve("secrets").resolve("channel-secrets.json"),
            new VaultKey(TestStores.newDirectory().resolve("vault.key"))));
    private Stage owner;
    private Dialog<Void> dialog;

    @BeforeEach
    void showDialog() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
        DatabaseSettingsViewModel model = new DatabaseSettingsViewModel(StoreConfig.embedded(dataDirectory), saved,
                false, (url, user, password) -> {
                    throw new RefusedInputException("database.error.unreachable", url);
                }, Access.localOwner("owner"), new InlineTaskRunner());
        robot.interact(() -> {
            owner.setScene(new Scene(new StackPane(), 300, 200));
            owner.show();
            dialog = new DatabaseSettingsDialog(model, new I18n(Locale.ENGLISH)).dialog(owner);
            dialog.show();
        });
    }

    @AfterEach
    void closeDialog() {
        robot.interact(() -> dialog.close());
    }

    @Test
    void aServerIsChosenTestedAndSaved() throws Exception {
        assertThat(dialog.getHeaderText()).isEqualTo("Current store: this computer's file "
                + dataDirectory.toAbsolutePath());
        assertThat(robot.lookup("#database-test").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> {
            robot.lookup("#database-server").queryAs(RadioButton.class).setSelected(true);
            robot.lookup("#database-url").queryAs(TextField.class).setText(URL);
            robot.lookup("#database-user").queryAs(TextField.class).setText("desk");
            robot.lookup("#database-password").queryAs(PasswordField.class).setText("a-password");
        });
        robot.interact(() -> robot.lookup("#database-test").queryAs(Button.class).fire());
        FxWait.until(10, () -> !text().isEmpty());
        assertThat(text()).isEqualTo("The server at " + URL
                + " does not answer. Check the address and that the server is running.");

        robot.interact(() -> robot.lookup("#database-save").queryAs(Button.class).fire());
        FxWait.until(10, () -> text().startsWith("Saved."));
        assertThat(saved.server()).contains(new SavedConnection.Server(URL, "desk"));
        assertThat(robot.lookup("#database-password").queryAs(PasswordField.class).getPromptText())
                .isEqualTo("Leave empty to keep the saved password.");
    }

    private String text() {
        return robot.lookup("#database-notice-text").queryAs(Label.class).getText();
    }
}

package io.storedesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.StoreDeskApp;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The application on a claimed store: the lock screen first, a wrong password refused, the right one lets in. */
class SignInWindowTest {

    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void closeApplication() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void aClaimedStoreOpensLockedAndTheAdministratorSignsIn() throws Exception {
        Path store = TestStores.copyOfDemo();
        try (Services services = new Services(Store.open(StoreConfig.embedded(store)), TestStores.DEMO_CLOCK)) {
            services.users().claim("boss", "Wang Boss", "boss-password");
        }
        StoreDeskApp.prepare(store.toString(), TestStores.DEMO_CLOCK);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StoreDeskApp.class);

        FxWait.until(120, () -> robot.lookup("#lock-screen").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#main-window").tryQuery()).isPresent();

        type("#signin-username", "boss");
        type("#signin-password", "not-the-password");
        press("#signin-button");
        FxWait.until(60, () -> !robot.lookup("#signin-error").queryAs(Label.class)
                .getText().isEmpty());
        assertThat(robot.lookup("#signin-error").queryAs(Label.class).getText())
                .isEqualTo("Wrong user name or password.");
        assertThat(robot.lookup("#lock-screen").query().isVisible()).isTrue();

        type("#signin-password", "boss-password");
        press("#signin-button");
        FxWait.until(60, () -> !robot.lookup("#lock-screen").query().isVisible());
        assertThat(robot.lookup("#account-menu").queryAs(MenuButton.class).getText()).isEqualTo("Wang Boss");
    }

    /** Types into a field on the window's thread (the lock screen lies over the panes, so no pointer is needed). */
    private void type(String field, String text) {
        TextField input = robot.lookup(field).queryAs(TextField.class);
        robot.interact(() -> input.setText(text));
    }

    private void press(String button) {
        Button target = robot.lookup(button).queryAs(Button.class);
        robot.interact(target::fire);
    }
}

package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The application as a user starts it: store opened in the background, demo shop on a first run. */
class StoreDeskAppTest {

    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void closeApplication() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void aFirstRunLoadsTheDemoShopAndOpensTheMainWindow() throws Exception {
        Path dataDirectory = TestStores.newDirectory();
        StoreDeskApp.prepare(dataDirectory.toString(), TestStores.DEMO_CLOCK);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StoreDeskApp.class);

        FxWait.until(240, () -> robot.lookup("#main-window").tryQuery().isPresent());
        FxWait.until(30, () -> robot.lookup("#catalog-table")
                .tryQueryAs(TableView.class).map(t -> !t.getItems().isEmpty()).orElse(false));
        // The shop's name comes with the store summary, which may wait behind the first stock plan.
        FxWait.until(30, () -> "贝贝乐母婴旗舰店".equals(
                robot.lookup("#shop-name").queryAs(Label.class).getText()));
        assertThat(Files.exists(dataDirectory.resolve("logs").resolve("storedesk.log"))).isTrue();
    }

    @Test
    void aStoreThatCannotOpenSaysWhyInsteadOfCrashing() throws Exception {
        Path notADirectory = Files.createTempFile(TestStores.newDirectory(), "file", ".txt");
        StoreDeskApp.prepare(notADirectory.toString(), TestStores.DEMO_CLOCK);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StoreDeskApp.class);

        FxWait.until(60, () -> robot.lookup("#startup-error")
                .tryQueryAs(Label.class).map(Label::isVisible).orElse(false));
        assertThat(robot.lookup("#startup-error").queryAs(Label.class).getText()).contains("cannot be created");
    }
}

package io.storedesk.ui.shortcuts;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.testing.DemoWindow;
import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.FxTaskRunner;
import io.storedesk.ui.PaneId;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: Ctrl+2 shows the second pane, F1 the cheat sheet of the registry. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsWindowTest {

    private FxTaskRunner tasks;

    @BeforeAll
    static void loadTheDemoShopFirst() {
        TestStores.sharedDemo();
    }

    @Start
    void start(Stage stage) {
        tasks = DemoWindow.show(stage);
    }

    @AfterEach
    void stopWorkers() {
        tasks.close();
    }

    @Test
    void controlTwoShowsTheSecondPaneAndF1TheCheatSheet(FxRobot robot) throws TimeoutException {
        robot.clickOn("#" + PaneId.CATALOG.navigationId());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + PaneId.STOCK.navigationId()).queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#stock").tryQuery()).isPresent();

        robot.push(KeyCode.F1);
        FxWait.until(10, () -> robot.lookup("#cheat-sheet").tryQuery().isPresent());
        GridPane sheet = robot.lookup("#cheat-sheet").queryAs(GridPane.class);
        assertThat(sheet.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()))
                .contains("Anywhere in the window", "Search everything", "Show this list", "In Order routing",
                        "Route selected");
        Node close = robot.lookup(".dialog-pane .button").query();
        robot.clickOn(close);
    }
}

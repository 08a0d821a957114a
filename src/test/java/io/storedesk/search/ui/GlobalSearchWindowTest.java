package io.storedesk.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.orders.InboxRow;
import io.storedesk.testing.DemoWindow;
import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.FxTaskRunner;
import io.storedesk.ui.PaneId;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: Ctrl+K, an order's number, Enter, and the orders pane shows that order chosen. */
@ExtendWith(ApplicationExtension.class)
class GlobalSearchWindowTest {

    /** orders.csv: a delivered Tmall order, not among the newest the inbox shows first. */
    private static final String ORDER = "3260505410606177943";

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
    void controlKThenAnOrderNumberAndEnterOpensTheOrderSelected(FxRobot robot) throws TimeoutException {
        FxWait.until(20, () -> robot.lookup("#catalog-table")
                .queryAs(TableView.class).getItems().size() > 0);
        robot.push(KeyCode.CONTROL, KeyCode.K);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#global-search-overlay").query().isVisible()).isTrue();
        robot.write(ORDER);
        FxWait.until(20, () -> robot.lookup("#global-search-hits")
                .queryAs(ListView.class).getItems().size() > 0);
        robot.push(KeyCode.ENTER);

        FxWait.until(30, () -> {
            TableView<?> table = robot.lookup("#orders-table").queryAs(TableView.class);
            Object chosen = table == null ? null : table.getSelectionModel().getSelectedItem();
            return chosen instanceof InboxRow row && row.order().externalId().equals(ORDER);
        });
        assertThat(robot.lookup("#" + PaneId.ORDERS.navigationId()).queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#global-search-overlay").query().isVisible()).isFalse();
    }
}

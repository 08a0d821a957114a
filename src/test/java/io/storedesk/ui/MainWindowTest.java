package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.catalog.SkuRow;
import io.storedesk.testing.DemoWindow;
import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: every pane shows the demo shop, search narrows, the language switches. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

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
    void everyPaneShowsRowsOfTheDemoShop(FxRobot robot) throws TimeoutException {
        for (PaneId pane : PaneId.values()) {
            robot.clickOn("#" + pane.navigationId());
            if (pane == PaneId.DASHBOARD) {
                // The dashboard has tiles, not a table: its GMV tile shows the demo shop's money. Its first read
                // rolls up every order of the new store, which takes a while on a busy 2-core machine.
                FxWait.until(120, () -> robot.lookup("#tile-orders-value")
                        .queryAs(Label.class).getText().matches("[1-9][0-9,]*"));
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(robot.lookup("#tile-gmv-value").queryAs(Label.class).getText()).startsWith("¥");
                continue;
            }
            if (pane == PaneId.CHANNELS) {
                // The demo's marketplaces have no API: the page says how to add one.
                FxWait.until(20, () -> robot.lookup("#channels-empty")
                        .queryAs(Label.class).getText().startsWith("No channel yet"));
                continue;
            }
            String table = "#" + paneName(pane) + "-table";
            FxWait.until(20, () -> rows(robot, table) > 0);
            assertThat(robot.lookup("#" + pane.navigationId()).queryAs(ToggleButton.class).isSelected()).isTrue();
            String count = robot.lookup("#" + paneName(pane) + "-count").queryAs(Label.class).getText();
            switch (pane) {
                case CATALOG -> assertThat(count).startsWith("1–");
                case STOCK -> assertThat(count).matches("[1-9][0-9,]* warnings");
                default -> assertThat(count).startsWith("Showing ");
            }
        }
    }

    @Test
    void searchingTheCatalogNarrowsTheTable(FxRobot robot) throws TimeoutException {
        FxWait.until(20, () -> rows(robot, "#catalog-table") > 0);
        robot.clickOn("#catalog-search").write("ZNK03-001");
        FxWait.until(20,
                () -> "1–3 of 3".equals(robot.lookup("#catalog-count").queryAs(Label.class).getText()));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#catalog-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3)
                .allSatisfy(row -> assertThat(((SkuRow) row).code()).startsWith("ZNK03-001-"));
    }

    @Test
    void switchingToChineseRelabelsTheWindow(FxRobot robot) throws TimeoutException {
        FxWait.until(20, () -> rows(robot, "#catalog-table") > 0);
        assertThat(robot.lookup("#nav-catalog").queryAs(ToggleButton.class).getText()).isEqualTo("Catalog");

        @SuppressWarnings("unchecked")
        ComboBox<Locale> language = robot.lookup("#language").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue(Locale.SIMPLIFIED_CHINESE));

        assertThat(robot.lookup("#nav-catalog").queryAs(ToggleButton.class).getText()).isEqualTo("商品");
        assertThat(robot.lookup("#nav-stock").queryAs(ToggleButton.class).getText()).isEqualTo("库存预警");
        assertThat(robot.lookup("#catalog-count").queryAs(Label.class).getText()).startsWith("第 1–");
        TableView<?> catalog = robot.lookup("#catalog-table").queryAs(TableView.class);
        assertThat(catalog.getColumns().get(1).getText()).isEqualTo("商品");
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText()).contains("个订单");
    }

    private static int rows(FxRobot robot, String table) {
        return robot.lookup(table).tryQueryAs(TableView.class).map(t -> t.getItems().size()).orElse(0);
    }

    private static String paneName(PaneId pane) {
        return switch (pane) {
            case CATALOG -> "catalog";
            case STOCK -> "stock";
            case ORDERS -> "orders";
            case AFTERSALES -> "aftersales";
            case DASHBOARD -> "dashboard";
            case CHANNELS -> "channels";
        };
    }
}

package io.storedesk.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.catalog.SkuRow;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.FxTaskRunner;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Theme;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The catalog pane in a window, headless, on its own copy of the demo shop (these tests change it). */
@ExtendWith(ApplicationExtension.class)
class CatalogPaneTest {

    private Services services;
    private FxTaskRunner tasks;

    /** The demo template takes seconds to load, longer than a window's set-up may take: load it first. */
    @BeforeAll
    static void loadTheDemoShopFirst() {
        TestStores.copyOfDemo();
    }

    @Start
    void start(Stage stage) {
        services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())), TestStores.DEMO_CLOCK);
        tasks = new FxTaskRunner();
        Theme theme = Theme.install();
        I18n i18n = new I18n(Locale.ENGLISH);
        CatalogViewModel model = new CatalogViewModel(services.catalog(), services.catalogEditor(),
                services.catalogExport(), tasks, () -> "tester", i18n::locale);
        CatalogPane pane = new CatalogPane(model, i18n, (owner, changed) -> { });
        Scene scene = new Scene((javafx.scene.Parent) pane.node(), 1280, 800);
        theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        pane.shown();
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<SkuRow> table(FxRobot robot) {
        return robot.lookup("#catalog-table").queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(20, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPriceEditedInPlaceIsSavedAndAudited(FxRobot robot) throws TimeoutException {
        waitFor(() -> !table(robot).getItems().isEmpty());
        SkuRow first = table(robot).getItems().get(0);
        var priceCell = robot.lookup("#catalog-table .table-row-cell .editable-cell").nth(0).query();

        robot.doubleClickOn(priceCell);
        robot.eraseText(12).write("188.5").type(KeyCode.ENTER);

        waitFor(() -> robot.lookup("#catalog-notice-text").tryQueryAs(Label.class)
                .map(l -> l.getText().equals("SKU " + first.code() + " saved.")).orElse(false));
        assertThat(services.catalog().row(first.id()).orElseThrow().price().amount()).isEqualByComparingTo("188.5");
        assertThat(table(robot).getItems().get(0).price().amount()).isEqualByComparingTo("188.5");
        assertThat(services.audit().history("sku", first.code(), 5)).hasSize(1);
    }

    @Test
    void selectedRowsAreDelistedTogetherAfterConfirming(FxRobot robot) throws TimeoutException {
        waitFor(() -> table(robot).getItems().size() > 3);
        robot.interact(() -> table(robot).getSelectionModel().selectRange(0, 3));
        waitFor(() -> text(robot, "#catalog-bulk-count").equals("3 selected"));
        var chosen = table(robot).getSelectionModel().getSelectedItems().stream().map(SkuRow::id).toList();

        robot.clickOn("#catalog-bulk-delist");
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "OK".equals(((Button) n).getText()))
                .queryButton());

        waitFor(() -> robot.lookup("#catalog-notice-text").tryQueryAs(Label.class)
                .map(l -> l.getText().startsWith("3 SKUs changed")).orElse(false));
        assertThat(chosen).allSatisfy(id -> assertThat(services.catalog().row(id).orElseThrow().listed()).isFalse());
    }

    @Test
    void choosingACategoryInTheTreeFiltersTheTable(FxRobot robot) throws TimeoutException {
        waitFor(() -> robot.lookup("#catalog-categories .tree-cell").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.TreeCell<?>) n).getText() != null
                        && ((javafx.scene.control.TreeCell<?>) n).getText().startsWith("奶粉")));
        var cell = robot.lookup("#catalog-categories .tree-cell").match(n -> {
            String t = ((javafx.scene.control.TreeCell<?>) n).getText();
            return t != null && t.startsWith("奶粉");
        }).query();
        String expected = ((javafx.scene.control.TreeCell<?>) cell).getText().replaceAll(".*\\((\\d+)\\)", "$1");

        robot.clickOn(cell);

        waitFor(() -> text(robot, "#catalog-count").equals("1–" + expected + " of " + expected));
        assertThat(table(robot).getItems()).allSatisfy(r -> assertThat(r.code()).startsWith("NF"));
    }
}

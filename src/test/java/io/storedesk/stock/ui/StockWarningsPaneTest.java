package io.storedesk.stock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.stock.ChannelStockPolicy;
import io.storedesk.stock.MovementKind;
import io.storedesk.stock.PositionKey;
import io.storedesk.stock.PurchaseOrder;
import io.storedesk.stock.PurchaseOrderRepository;
import io.storedesk.stock.PurchaseOrderStatus;
import io.storedesk.stock.StoredPurchaseOrder;
import io.storedesk.stock.WarningKind;
import io.storedesk.stock.WarningRow;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.FxTaskRunner;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Theme;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
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

/** The stock-warning pane in a window, headless, on its own copy of the demo shop (the flow buys stock). */
@ExtendWith(ApplicationExtension.class)
class StockWarningsPaneTest {

    private Services services;
    private FxTaskRunner tasks;

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
        StockDesk desk = new StockDesk(services.stockPlanning(), services.stock(), services.catalog()::categories,
                (suggestions, user) -> services.purchaseOrders().createDrafts(suggestions, user).stream()
                        .map(StoredPurchaseOrder::code).toList(),
                (moves, user) -> services.stockTransfers().createFromSuggestions(moves, user).stream()
                        .map(io.storedesk.stock.StockTransfer::code).toList(),
                services.clearanceMarkdowns()::markDown);
        StockWarningsViewModel model = new StockWarningsViewModel(desk, tasks, () -> "tester");
        StockWarningsPane pane = new StockWarningsPane(model, new PurchaseOrdersViewModel(services.purchaseOrders(),
                services.catalog()::codes, tasks, () -> "tester", model::refresh),
                new ChannelStockViewModel(services.channelStock(), tasks, () -> "tester"), i18n,
                (owner, kind, changed) -> { });
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

    @Test
    void fromAnOutOfStockWarningToAPurchaseOrderWhoseReceiptClearsIt(FxRobot robot) throws Exception {
        waitFor(() -> !table(robot).getItems().isEmpty());
        robot.clickOn("#stock-kind-OUT_OF_STOCK");
        waitFor(() -> table(robot).getItems().stream().allMatch(r -> r.warning().kind() == WarningKind.OUT_OF_STOCK));
        assertThat(robot.lookup("#stock-kind-OUT_OF_STOCK").queryAs(ToggleButton.class).getText())
                .startsWith("Out of stock ").endsWith(" " + table(robot).getItems().size());
        WarningRow chosen = table(robot).getItems().stream().filter(r -> r.reorder() != null).findFirst()
                .orElseThrow();
        PositionKey position = chosen.warning().key();
        int quantity = chosen.reorder().quantity();

        robot.interact(() -> table(robot).getSelectionModel().select(chosen));
        robot.clickOn("#stock-create-purchase-orders");
        waitFor(() -> text(robot, "#stock-notice-text").startsWith("1 draft purchase order for 1 suggestion: "));

        PurchaseOrder draft = drafts().stream()
                .filter(po -> po.warehouseId() == position.warehouseId()
                        && po.lines().stream().anyMatch(l -> l.skuId() == position.skuId()))
                .findFirst().orElseThrow();
        assertThat(draft.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(quantity));
        robot.clickOn("#stock-kind-all");
        waitFor(() -> rowsOf(robot, position).stream().allMatch(r -> r.reorder() == null));

        robot.clickOn("#stock-purchase-orders");
        waitFor(() -> orderRow(robot, draft.id()) != null);
        robot.interact(() -> orders(robot).getSelectionModel().select(orderRow(robot, draft.id())));
        robot.clickOn("#purchase-order-send");
        waitFor(() -> orderRow(robot, draft.id()).status() == PurchaseOrderStatus.SENT);
        robot.interact(() -> orders(robot).getSelectionModel().select(orderRow(robot, draft.id())));
        robot.clickOn("#purchase-order-receive");
        waitFor(() -> text(robot, "#purchase-orders-notice-text").contains("is received"));
        waitFor(() -> orderRow(robot, draft.id()) == null); // a received order is no longer open

        waitFor(() -> rowsOf(robot, position).stream().noneMatch(r -> r.warning().kind() == WarningKind.OUT_OF_STOCK
                || r.warning().kind() == WarningKind.BELOW_SAFETY
                || r.warning().kind() == WarningKind.NEGATIVE_AVAILABLE));
        assertThat(services.stock().movements(position)).last()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(MovementKind.RECEIPT))
                .satisfies(m -> assertThat(m.quantity()).isEqualTo(quantity));
    }

    @Test
    void theDetailShowsTheChosenPositionsLedger(FxRobot robot) throws Exception {
        waitFor(() -> !table(robot).getItems().isEmpty());
        WarningRow first = table(robot).getItems().get(0);

        robot.interact(() -> table(robot).getSelectionModel().select(first));

        waitFor(() -> !robot.lookup("#stock-detail-ledger").queryAs(TableView.class).getItems().isEmpty());
        assertThat(robot.lookup(".detail-title").queryAs(Label.class).getText()).startsWith(first.warning().skuCode());
    }

    @Test
    void aChannelsShareOfStockIsEditedAndSaved(FxRobot robot) throws Exception {
        MenuButton policies = robot.lookup("#stock-policies").queryAs(MenuButton.class);
        assertThat(policies.getItems()).extracting(MenuItem::getText).contains("Channel stock...");
        // Popup menus under the headless glass are not clickable: fire the item the menu shows. It opens a
        // modal dialog, so it must not be run and waited for on the JavaFX thread.
        Platform.runLater(() -> policies.getItems().stream()
                .filter(item -> "stock-channel-stock".equals(item.getId())).findFirst().orElseThrow().fire());
        waitFor(() -> robot.lookup("#channel-stock-ratio-TMALL").tryQuery().isPresent());
        // The demo's Tmall shop publishes 90 % minus 2; 100 available make 88.
        assertThat(text(robot, "#channel-stock-example-TMALL")).isEqualTo("100 available → 88 published");

        robot.interact(() -> {
            robot.lookup("#channel-stock-ratio-TMALL").queryAs(Spinner.class).getValueFactory().setValue(80);
            robot.lookup("#channel-stock-buffer-TMALL").queryAs(Spinner.class).getValueFactory().setValue(5);
        });
        assertThat(text(robot, "#channel-stock-example-TMALL")).isEqualTo("100 available → 75 published");
        Button ok = robot.lookup(".dialog-pane .button").match(b -> ((Button) b).isDefaultButton()).queryButton();
        robot.interact(ok::fire); // the dialog opens centred on a headless screen that cuts its buttons off

        waitFor(() -> services.channelStock().policy("TMALL").buffer() == 5);
        assertThat(services.channelStock().policy("TMALL").ratio()).isEqualByComparingTo("0.8");
        assertThat(services.channelStock().policy("JD")).isEqualTo(ChannelStockPolicy.ALL);
    }

    @SuppressWarnings("unchecked")
    private static TableView<StoredPurchaseOrder> orders(FxRobot robot) {
        return robot.lookup("#purchase-orders-table").queryAs(TableView.class);
    }

    private static StoredPurchaseOrder orderRow(FxRobot robot, long id) {
        return orders(robot).getItems().stream().filter(po -> po.id() == id).findFirst().orElse(null);
    }

    private List<PurchaseOrder> drafts() {
        return new PurchaseOrderRepository(services.store().dsl()).purchaseOrders(PurchaseOrderStatus.DRAFT);
    }

    private static List<WarningRow> rowsOf(FxRobot robot, PositionKey position) {
        return table(robot).getItems().stream().filter(r -> r.warning().key().equals(position)).toList();
    }

    @SuppressWarnings("unchecked")
    private static TableView<WarningRow> table(FxRobot robot) {
        return robot.lookup("#stock-table").queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(30, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

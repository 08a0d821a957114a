package io.storedesk.aftersales.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.aftersales.queue.QueueTicket;
import io.storedesk.orders.InboxRow;
import io.storedesk.orders.ui.OrderActionsViewModel;
import io.storedesk.orders.ui.OrderDesk;
import io.storedesk.orders.ui.OrderInboxPane;
import io.storedesk.orders.ui.OrderInboxViewModel;
import io.storedesk.stock.Warehouse;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.FxTaskRunner;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Theme;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The after-sales flow in the window, headless, on its own copy of the demo shop: a delivered order becomes a
 * return ticket in the orders pane, the after-sales pane checks the parcel in, and the goods are back in stock.
 */
@ExtendWith(ApplicationExtension.class)
class AfterSalesFlowTest {

    private Services services;
    private FxTaskRunner tasks;
    private Scene scene;
    private OrderInboxViewModel orders;
    private OrderInboxPane ordersPane;
    private TicketQueueViewModel queue;
    private TicketQueuePane afterSalesPane;

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
        OrderDesk orderDesk = new OrderDesk(services.orders(), services.orderReview(), services.orderRouting(),
                services.clock(), services.shop()::zone, services.personalData()::revealOrder);
        orders = new OrderInboxViewModel(orderDesk, tasks);
        TicketDesk ticketDesk = new TicketDesk(services);
        queue = new TicketQueueViewModel(ticketDesk, tasks, () -> "tester");
        afterSalesPane = new TicketQueuePane(queue, new TicketActionsViewModel(queue, ticketDesk, tasks), i18n);
        ordersPane = new OrderInboxPane(orders, new OrderActionsViewModel(orders, orderDesk, tasks, () -> "tester"),
                i18n, new OrderTickets(services, tasks, i18n, () -> { }));
        scene = new Scene((Parent) ordersPane.node(), 1280, 800);
        theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        ordersPane.shown();
    }

    @AfterEach
    void close() throws TimeoutException {
        waitFor(() -> tasks.runningProperty().get() == 0);
        tasks.close();
        services.close();
    }

    @Test
    void aDeliveredOrderBecomesAReturnTicketWhoseGoodsAreCheckedInAndBackInStock(FxRobot robot) throws Exception {
        DSLContext dsl = services.store().dsl();
        // A delivered order of one product line that no ticket claims yet.
        Record order = dsl.fetchOne("SELECT o.id, o.external_id, l.sku_id, l.quantity FROM orders o "
                + "JOIN order_line l ON l.order_id = o.id AND l.kind = 'SALE' WHERE o.status = 'DELIVERED' "
                + "AND l.sku_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ticket t WHERE t.order_id = o.id) "
                + "AND (SELECT COUNT(*) FROM order_line x WHERE x.order_id = o.id AND x.kind = 'SALE') = 1 "
                + "ORDER BY o.id LIMIT 1");
        String number = (String) order.get(1);
        long skuId = ((Number) order.get(2)).longValue();
        int bought = ((Number) order.get(3)).intValue();

        robot.interact(() -> orders.textProperty().set(number));
        waitFor(() -> table(robot, "#orders-table").getItems().size() == 1);
        robot.interact(() -> table(robot, "#orders-table").getSelectionModel().select(0));
        waitFor(() -> orders.detailProperty().get() != null
                && orders.detailProperty().get().order().externalId().equals(number));
        // A modal dialog opened inside robot.interact would block it: open it on the JavaFX thread's queue.
        Button afterSales = robot.lookup("#orders-after-sales").queryButton();
        Platform.runLater(afterSales::fire);
        waitFor(() -> robot.lookup("#aftersales-new-type").tryQuery().isPresent());
        robot.interact(okButton(robot)::fire);

        waitFor(() -> text(robot, "#orders-notice-text").startsWith("Ticket "));
        String code = (String) dsl.fetchValue("SELECT code FROM ticket WHERE order_id = " + order.get(0));
        assertThat(text(robot, "#orders-notice-text")).startsWith("Ticket " + code + " opened");

        robot.interact(() -> {
            scene.setRoot((Parent) afterSalesPane.node());
            afterSalesPane.shown();
            queue.textProperty().set(code);
        });
        waitFor(() -> queue.rows().size() == 1);
        robot.interact(() -> this.<QueueTicket>table(robot, "#aftersales-table").getSelectionModel().select(0));
        waitFor(() -> queue.detailProperty().get() != null && robot.lookup("#aftersales-receive").queryButton()
                .isVisible());
        Platform.runLater(robot.lookup("#aftersales-receive").queryButton()::fire);
        waitFor(() -> robot.lookup("#aftersales-receive-warehouse").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        Warehouse at = ((ComboBox<Warehouse>) robot.lookup("#aftersales-receive-warehouse").query()).getValue();
        int onHandBefore = onHand(dsl, skuId, at.id());
        robot.interact(okButton(robot)::fire);

        waitFor(() -> !text(robot, "#aftersales-notice-text").isEmpty());
        assertThat(text(robot, "#aftersales-notice-text")).isEqualTo("Ticket " + code + ": "
                + (bought == 1 ? "1 unit" : bought + " units") + " checked in.");
        assertThat(onHand(dsl, skuId, at.id())).isEqualTo(onHandBefore + bought);
        assertThat(dsl.fetchValue("SELECT SUM(quantity) FROM stock_movement WHERE kind = 'RETURN' AND reference = '"
                + code + "'")).isNotNull().extracting(n -> ((Number) n).intValue()).isEqualTo(bought);
        waitFor(() -> queue.detailProperty().get().lines().get(0).receivedQuantity() == bought);
        assertThat(robot.lookup("#aftersales-receive").queryButton().isVisible()).isFalse();
    }

    private static int onHand(DSLContext dsl, long skuId, long warehouseId) {
        Object value = dsl.fetchValue("SELECT on_hand FROM stock_level WHERE sku_id = " + skuId
                + " AND warehouse_id = " + warehouseId);
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static Button okButton(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").match(b -> ((Button) b).isDefaultButton()).queryButton();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String id) {
        return ((Label) robot.lookup(id).query()).getText();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(30, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

package io.storedesk.orders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.orders.InboxRow;
import io.storedesk.orders.OrderStatus;
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
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The order-routing pane in a window, headless, on its own copy of the demo shop (the flows route orders). */
@ExtendWith(ApplicationExtension.class)
class OrderInboxPaneTest {

    private Services services;
    private FxTaskRunner tasks;
    private I18n i18n;
    private OrderInboxViewModel model;

    @BeforeAll
    static void loadTheDemoShopFirst() {
        TestStores.copyOfDemo();
    }

    @Start
    void start(Stage stage) {
        services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())), TestStores.DEMO_CLOCK);
        tasks = new FxTaskRunner();
        Theme theme = Theme.install();
        i18n = new I18n(Locale.ENGLISH);
        OrderDesk desk = new OrderDesk(services.orders(), services.orderReview(), services.orderRouting(),
                services.clock(), services.shop()::zone, services.personalData()::revealOrder);
        model = new OrderInboxViewModel(desk, tasks);
        OrderInboxPane pane = new OrderInboxPane(model, new OrderActionsViewModel(model, desk, tasks, () -> "tester"),
                i18n);
        Scene scene = new Scene((Parent) pane.node(), 1280, 800); // the headless screen's size
        theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        pane.shown();
    }

    @AfterEach
    void close() throws TimeoutException {
        // An answer arriving after the runner closed would start work on a closed runner in the next test.
        waitFor(() -> tasks.runningProperty().get() == 0);
        tasks.close();
        services.close();
    }

    @Test
    void routingAllWaitingSaysWhatHappenedAndTheDetailExplainsAnOrderInEitherLanguage(FxRobot robot)
            throws Exception {
        waitFor(() -> !table(robot).getItems().isEmpty());
        int waiting = services.orders().inbox(io.storedesk.orders.OrderFilter.ANY, 1).counts().get(OrderStatus.PAID);
        assertThat(text(robot, "#orders-status-PAID")).isEqualTo("Waiting " + waiting);

        robot.clickOn("#orders-route-all");

        waitFor(() -> text(robot, "#orders-notice-text").startsWith("Routed "));
        assertThat(text(robot, "#orders-notice-text")).contains(" parcels, est. ¥");
        waitFor(() -> "Waiting 0".equals(text(robot, "#orders-status-PAID")));
        robot.clickOn("#orders-status-ROUTED");
        waitFor(() -> !table(robot).getItems().isEmpty()
                && table(robot).getItems().stream().allMatch(r -> r.status() == OrderStatus.ROUTED));
        InboxRow routed = table(robot).getItems().stream().filter(r -> r.parcels() > 0).findFirst().orElseThrow();
        robot.interact(() -> table(robot).getSelectionModel().select(routed));

        waitFor(() -> !explanation(robot).isEmpty());
        assertThat(text(robot, "#orders-detail-title")).startsWith("Order " + routed.order().externalId());
        assertThat(explanation(robot)).allSatisfy(line -> assertThat(line).startsWith("• ").doesNotContain("!"))
                .anyMatch(line -> line.contains("WH-") || line.contains("仓"));
        assertThat(robot.lookup("#orders-detail-lines").queryAs(VBox.class).getChildren()).isNotEmpty();
        assertThat(text(robot, "#orders-detail-stock-1-WH-SH")).matches("SH \\d+");
        assertThat(text(robot, "#orders-detail-parcel-1")).startsWith("1. " + routed.warehouses().get(0) + " by ");

        robot.interact(() -> i18n.setLocale(Locale.SIMPLIFIED_CHINESE));

        assertThat(text(robot, "#orders-notice-text")).startsWith("已分仓 ");
        assertThat(text(robot, "#orders-detail-title")).startsWith("订单 " + routed.order().externalId());
        assertThat(explanation(robot)).isNotEmpty().noneMatch(line -> line.contains("!"))
                .anyMatch(line -> line.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN));
    }

    @Test
    void aWarehouseChosenThatCannotShipTheOrderIsRefusedInTheNotice(FxRobot robot) throws Exception {
        waitFor(() -> !table(robot).getItems().isEmpty());
        robot.clickOn("#orders-route-all");
        waitFor(() -> text(robot, "#orders-notice-text").startsWith("Routed "));
        robot.clickOn("#orders-status-ROUTED");
        waitFor(() -> !table(robot).getItems().isEmpty()
                && table(robot).getItems().stream().allMatch(r -> r.status() == OrderStatus.ROUTED));
        InboxRow routed = table(robot).getItems().stream().filter(r -> r.parcels() == 1).findFirst().orElseThrow();
        robot.interact(() -> table(robot).getSelectionModel().select(routed));
        waitFor(() -> model.detailProperty().get() != null && model.detailProperty().get().order().id() == routed.id());
        String short1 = model.detailProperty().get().lines().stream().flatMap(l -> l.available().keySet().stream()
                .filter(code -> !l.covers(code) && !routed.warehouses().contains(code))).findFirst().orElseThrow();

        // A modal dialog opened inside robot.interact would block it: open it on the JavaFX thread's queue.
        Button choose = robot.lookup("#orders-choose-route").queryButton();
        assertThat(choose.isDisabled()).isFalse();
        Platform.runLater(choose::fire);
        waitFor(() -> robot.lookup("#orders-route-warehouse").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<io.storedesk.orders.routing.Site> warehouse = robot.lookup("#orders-route-warehouse")
                .queryAs(ComboBox.class);
        robot.interact(() -> warehouse.setValue(warehouse.getItems().stream()
                .filter(s -> s != null && s.code().equals(short1)).findFirst().orElseThrow()));
        Button ok = robot.lookup(".dialog-pane .button").match(b -> ((Button) b).isDefaultButton()).queryButton();
        robot.interact(ok::fire);

        waitFor(() -> text(robot, "#orders-notice-text").startsWith("That choice cannot ship the order"));
        assertThat(robot.lookup("#orders-notice").query().getStyleClass()).contains("problem");
        assertThat(services.orderRouting().shipments(routed.id())).extracting(s -> s.status().name())
                .containsOnly("PLANNED");
    }

    @Test
    void aStatusChipShowsOnlyItsOrdersAndSaysHowManyThereAre(FxRobot robot) throws Exception {
        waitFor(() -> !table(robot).getItems().isEmpty());
        assertThat(text(robot, "#orders-count")).startsWith("Showing 500 of ");

        robot.clickOn("#orders-status-ON_HOLD");

        waitFor(() -> table(robot).getItems().stream().allMatch(r -> r.status() == OrderStatus.ON_HOLD));
        int held = table(robot).getItems().size();
        assertThat(text(robot, "#orders-count")).isEqualTo("Showing " + held + " of " + held);
        assertThat(robot.lookup("#orders-status-ON_HOLD").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#orders-status-all").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void typingIsSearchedOnceItPausesNotPerKeystroke(FxRobot robot) throws Exception {
        waitFor(() -> !table(robot).getItems().isEmpty());
        String number = table(robot).getItems().get(3).order().externalId();
        List<String> searched = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> model.textProperty().addListener((obs, old, now) -> searched.add(now)));
        TextField search = robot.lookup("#orders-search").queryAs(TextField.class);
        // The box is too narrow for its whole prompt: pointing at it reads what it searches.
        assertThat(search.getTooltip().getText()).isEqualTo(search.getPromptText()).isNotBlank();

        // Keystrokes within one pause: each prefix is typed, none is searched on its own.
        robot.interact(() -> {
            for (int end = 1; end <= number.length(); end++) {
                search.setText(number.substring(0, end));
            }
        });

        waitFor(() -> !searched.isEmpty() && table(robot).getItems().size() == 1);
        assertThat(searched).containsExactly(number);
        assertThat(table(robot).getItems().get(0).order().externalId()).isEqualTo(number);

        robot.interact(() -> model.textProperty().set(""));
        assertThat(search.getText()).as("clearing the filters clears the field").isEmpty();
    }

    @Test
    void aMergeSuggestionChosenFromTheMenuMergesItsOrders(FxRobot robot) throws Exception {
        waitFor(() -> !table(robot).getItems().isEmpty());
        MergeFixtures.secondOrderToTheSameAddress(services.store().dsl());
        robot.interact(model::refresh);
        waitFor(() -> !model.suggestions().isEmpty());
        OrderDesk.MergeSuggestion suggestion = model.suggestions().get(0);
        long target = suggestion.group().targetOrderId();
        MenuButton menu = robot.lookup("#orders-merge-suggestions").queryAs(MenuButton.class);
        assertThat(menu.getText()).contains(String.valueOf(model.suggestions().size()));

        robot.clickOn("#orders-merge-suggestions");
        robot.clickOn("#orders-merge-" + target);

        waitFor(() -> text(robot, "#orders-notice-text").startsWith("Merged "));
        assertThat(text(robot, "#orders-notice-text")).contains(suggestion.numbers().get(0));
        waitFor(() -> model.suggestions().stream().noneMatch(s -> s.group().targetOrderId() == target));
        long merged = suggestion.group().orderIds().stream().filter(id -> id != target)
                .filter(id -> services.orders().detail(id).orElseThrow().order().status() == OrderStatus.MERGED).count();
        assertThat(merged).isEqualTo(suggestion.group().orderIds().size() - 1L).isPositive();
    }

    private static List<String> explanation(FxRobot robot) {
        VBox box = robot.lookup("#orders-detail-explanation").queryAs(VBox.class);
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    @SuppressWarnings("unchecked")
    private static TableView<InboxRow> table(FxRobot robot) {
        return robot.lookup("#orders-table").queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node instanceof ToggleButton chip ? chip.getText() : ((Label) node).getText();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(30, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

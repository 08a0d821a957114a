package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.aftersales.queue.QueueTicket;
import io.storedesk.testing.DemoWindow;
import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
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

/**
 * The real window, headless: only the pane on screen is built at start (decision 0035); another pane is built when
 * it is first chosen or revealed into, and the navigation counts the panes not built yet.
 */
@ExtendWith(ApplicationExtension.class)
class LazyPanesWindowTest {

    /** tickets.csv: a finished inquiry, so the queue shows it only when asked for by its code. */
    private static final String TICKET = "AS260505-0001";

    private final FxTaskRunner tasks = new FxTaskRunner();
    private MainWindow window;

    @BeforeAll
    static void loadTheDemoShopFirst() {
        TestStores.sharedDemo();
    }

    @Start
    void start(Stage stage) {
        window = DemoWindow.show(stage, tasks);
    }

    @AfterEach
    void stopWorkers() {
        tasks.close();
    }

    @Test
    void onlyThePaneOnScreenIsBuiltUntilAnotherIsChosen(FxRobot robot) throws TimeoutException {
        FxWait.until(20, () -> rows(robot, "#catalog-table") > 0);
        assertThat(built()).containsExactly(PaneId.CATALOG);
        assertThat(robot.lookup("#stock").tryQuery()).isEmpty();

        robot.clickOn("#" + PaneId.STOCK.navigationId());
        FxWait.until(20, () -> rows(robot, "#stock-table") > 0);
        assertThat(built()).containsExactly(PaneId.CATALOG, PaneId.STOCK);

        robot.clickOn("#" + PaneId.CATALOG.navigationId());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(built()).as("a pane built once is kept").containsExactly(PaneId.CATALOG, PaneId.STOCK);
    }

    @Test
    void theNavigationCountsPanesThatAreNotBuiltYet(FxRobot robot) throws TimeoutException {
        FxWait.until(60, () -> robot.lookup("#nav-stock-badge").tryQueryAs(Label.class)
                .map(badge -> badge.isVisible() && badge.getText().matches("[1-9][0-9,]*")).orElse(false));
        assertThat(window.isBuilt(PaneId.STOCK)).isFalse();
        assertThat(window.isBuilt(PaneId.ORDERS)).isFalse();
        String count = robot.lookup("#nav-stock-badge").queryAs(Label.class).getText();
        assertThat(robot.lookup("#" + PaneId.STOCK.navigationId()).queryAs(ToggleButton.class).getTooltip().getText())
                .as("the button says what its count counts")
                .isEqualTo(count + " stock warnings to act on (oversold, out of stock, below safety, near expiry,"
                        + " overstock, slow-moving)");
    }

    @Test
    void revealIntoAPaneNotBuiltYetBuildsItAndSelectsTheItem(FxRobot robot) throws TimeoutException {
        FxWait.until(20, () -> rows(robot, "#catalog-table") > 0);
        assertThat(window.isBuilt(PaneId.AFTERSALES)).isFalse();

        robot.interact(() -> window.reveal(PaneId.AFTERSALES, TICKET));

        FxWait.until(30, () -> {
            TableView<?> table = robot.lookup("#aftersales-table").queryAs(TableView.class);
            Object chosen = table == null ? null : table.getSelectionModel().getSelectedItem();
            return chosen instanceof QueueTicket ticket && ticket.code().equals(TICKET);
        });
        assertThat(window.isBuilt(PaneId.AFTERSALES)).isTrue();
        assertThat(robot.lookup("#" + PaneId.AFTERSALES.navigationId()).queryAs(ToggleButton.class).isSelected())
                .isTrue();
    }

    /**
     * A pane built when first chosen drew its first screen of rows without their styles (no padding), shorter than
     * the rows after them, until it was shown again.
     */
    @Test
    void aPaneBuiltWhenChosenDrawsItsFirstRowsAsTallAsTheRest(FxRobot robot) throws TimeoutException {
        // Chosen after its view model read the warnings for the count: the table is made with its rows.
        FxWait.until(60, () -> robot.lookup("#nav-stock-badge").tryQueryAs(Label.class)
                .map(badge -> badge.isVisible() && badge.getText().matches("[1-9][0-9,]*")).orElse(false)
                && tasks.runningProperty().get() == 0);
        robot.clickOn("#" + PaneId.STOCK.navigationId());
        FxWait.until(60, () -> rows(robot, "#stock-table") > 40 && tasks.runningProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> first = rowHeights(robot, "#stock-table");
        assertThat(first).hasSize(1);
        robot.interact(() -> robot.lookup("#stock-table").queryAs(TableView.class).scrollTo(30));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowHeights(robot, "#stock-table")).isEqualTo(first);
    }

    /** Beside the detail the stock table cuts its suggestions short: each text cell shows its whole text on hover. */
    @Test
    void aTextCutShortInATableIsWholeInItsTooltip(FxRobot robot) throws TimeoutException {
        robot.clickOn("#" + PaneId.STOCK.navigationId());
        FxWait.until(60, () -> rows(robot, "#stock-table") > 0);
        WaitForAsyncUtils.waitForFxEvents();
        List<TableCell> cells = robot.lookup("#stock-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getText() != null && !cell.getText().isBlank()).toList();
        // The warning's kind is a coloured label of its own, not cut short.
        List<TableCell> texts = cells.stream().filter(cell -> !cell.getTableColumn().getStyleClass().contains("figures")
                && !"stock.column.warning".equals(cell.getTableColumn().getId())).toList();
        assertThat(texts).isNotEmpty().allSatisfy(cell -> assertThat(cell.getTooltip().getText())
                .isEqualTo(cell.getText()));
        assertThat(texts).anySatisfy(cell -> assertThat(cell.getTableColumn().getId())
                .isEqualTo("stock.column.suggestion"));
        assertThat(cells).filteredOn(cell -> cell.getTableColumn().getStyleClass().contains("figures"))
                .isNotEmpty().allSatisfy(cell -> assertThat(cell.getTooltip()).isNull());
    }

    private static List<Double> rowHeights(FxRobot robot, String table) {
        return robot.lookup(table + " .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.isVisible() && row.getItem() != null).map(TableRow::getHeight).distinct().toList();
    }

    private PaneId[] built() {
        return Arrays.stream(PaneId.values()).filter(window::isBuilt).toArray(PaneId[]::new);
    }

    private static int rows(FxRobot robot, String table) {
        return robot.lookup(table).tryQueryAs(TableView.class).map(t -> t.getItems().size()).orElse(0);
    }
}

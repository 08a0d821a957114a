package io.storedesk.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.catalog.SkuRow;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ui.ImportWizardViewModel;
import io.storedesk.importing.ui.ImportWizardWindow;
import io.storedesk.importing.ui.WizardStep;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.FxTaskRunner;
import io.storedesk.ui.I18n;
import io.storedesk.ui.MainWindow;
import io.storedesk.ui.PaneId;
import io.storedesk.ui.Shell;
import io.storedesk.ui.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Draws the user guide's pictures from the real window, headless, on a copy of the demo shop at its fixed clock:
 * every pane and the dialogs the task pages walk through, in English and Simplified Chinese. They are written to
 * target/guide-images (with -Dguide.update=true also to src/site/resources/images/guide, to be committed), so the
 * guide shows what the code draws today. Without a CJK font (Theme.CJK_FONTS) the Chinese pictures would show
 * boxes: they are still drawn but neither checked nor copied.
 */
@ExtendWith(ApplicationExtension.class)
class GuidePicturesTest {

    /** Monocle's headless screen is 1280 × 800: a larger window overflows its frame buffer. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    private static Services services;
    private FxTaskRunner tasks;
    private Theme theme;
    private Stage stage;
    private I18n i18n;
    /** Picture name -> the size it must have. */
    private final Map<String, int[]> drawn = new LinkedHashMap<>();

    /** Off the JavaFX thread: the first copy of the demo loads it, which takes longer than a window may. */
    @BeforeAll
    static void openACopyOfTheDemoShop() {
        services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())), TestStores.DEMO_CLOCK);
    }

    @AfterAll
    static void closeTheStore() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        theme = Theme.install();
        tasks = new FxTaskRunner();
        i18n = new I18n(Locale.ENGLISH);
        MainWindow window = Shell.create(services, i18n, tasks);
        Scene scene = new Scene(window.node(), WIDTH, HEIGHT);
        theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopWorkers() {
        tasks.close();
    }

    @Test
    void everyPaneAndEveryTaskDialogIsDrawnInBothLanguagesAndTheGuideNamesOnlyThosePictures(FxRobot robot)
            throws Exception {
        boolean chinese = theme.cjkFontFamily() != null;
        Path sheet = priceSheet();
        for (String language : List.of("en", "zh")) {
            switchLanguage(robot, language.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
            panes(robot, language);
            importPreview(robot, language, sheet);
            stockWarning(robot, language);
            routing(robot, language);
            aReturn(robot, language);
            addChannel(robot, language);
            backups(robot, language);
        }

        List<String> checked = drawn.keySet().stream().filter(n -> chinese || !n.endsWith("-zh.png")).toList();
        for (String name : checked) {
            BufferedImage picture = GuidePictures.read(GuidePictures.GENERATED.resolve(name));
            int[] size = drawn.get(name);
            assertThat(picture.getWidth()).as(name).isEqualTo(size[0]);
            assertThat(picture.getHeight()).as(name).isEqualTo(size[1]);
            // A blank or unstyled window has a handful of colours; text, icons and charts have hundreds.
            assertThat(GuidePictures.colours(picture)).as("colours of " + name).isGreaterThan(150);
        }
        GuidePictures.copyToSiteIfAsked(java.util.Set.copyOf(checked));
        for (String name : GuidePictures.referenced()) {
            if (chinese || !name.endsWith("-zh.png")) {
                assertThat(drawn).as("the guide shows %s, which this test does not draw", name).containsKey(name);
            }
            assertThat(GuidePictures.COMMITTED.resolve(name)).as("committed picture").exists();
        }
        assertThat(GuidePictures.referenced()).as("every picture drawn is in the guide")
                .containsAll(drawn.keySet());
    }

    private void panes(FxRobot robot, String language) throws TimeoutException {
        for (PaneId pane : PaneId.values()) {
            open(robot, pane);
            String name = pane.navigationId().substring("nav-".length());
            switch (pane) {
                case DASHBOARD -> {
                    waitFor(240, () -> robot.lookup("#tile-orders-value").queryAs(Label.class).getText()
                            .matches("[1-9][0-9,]*"));
                    settle(robot, "#dashboard-top-skus");
                    // The heatmap's day names are drawn whole: a narrow pane once shrank them to "…".
                    for (Label axis : robot.lookup("#dashboard-heatmap .heat-axis").queryAllAs(Label.class)) {
                        assertThat(axis.getWidth()).as("%s, %s", axis.getText(), language)
                                .isGreaterThanOrEqualTo(Math.floor(axis.prefWidth(-1)));
                    }
                }
                case CHANNELS -> waitFor(30, () -> robot.lookup("#channels-empty").tryQuery().isPresent());
                default -> waitFor(60, () -> rows(robot, "#" + name + "-table") > 0);
            }
            window(robot, "pane-" + name + "-" + language + ".png");
        }
    }

    /** A price sheet of eight demo SKUs: five new prices, two unchanged, one price that is not a number. */
    private Path priceSheet() throws IOException {
        List<SkuRow> skus = services.catalog().search("NF01", 8).rows();
        StringBuilder csv = new StringBuilder("SKU,Price\n");
        for (int i = 0; i < skus.size(); i++) {
            SkuRow sku = skus.get(i);
            String price = i == 3 ? "12,9元" : i >= 6 ? sku.price().amount().toPlainString()
                    : sku.price().amount().add(java.math.BigDecimal.TEN).toPlainString();
            csv.append(sku.code()).append(',').append('"').append(price).append('"').append('\n');
        }
        Path file = TestStores.newDirectory().resolve("prices.csv");
        Files.writeString(file, csv);
        return file;
    }

    private void importPreview(FxRobot robot, String language, Path sheet) throws TimeoutException {
        ImportWizardViewModel model = new ImportWizardViewModel(services.imports(), tasks, i18n,
                services::userName, ImportKindId.CATALOG, System::nanoTime);
        robot.interact(() -> new ImportWizardWindow(model, i18n, stage, () -> { }).open(ImportKindId.CATALOG));
        robot.interact(() -> model.chooseFile(sheet));
        waitFor(60, () -> model.stepProperty().get() == WizardStep.MAPPING);
        robot.interact(model::preview);
        waitFor(60, () -> model.stepProperty().get() == WizardStep.PREVIEW);
        WaitForAsyncUtils.waitForFxEvents();
        Window wizard = newestWindow();
        picture(wizard, "import-preview-" + language + ".png");
        robot.interact(wizard::hide);
    }

    private void stockWarning(FxRobot robot, String language) throws TimeoutException {
        open(robot, PaneId.STOCK);
        waitFor(60, () -> rows(robot, "#stock-table") > 0);
        robot.interact(() -> table(robot, "#stock-table").getSelectionModel().select(0));
        settle(robot, "#stock-detail-ledger");
        window(robot, "stock-warning-" + language + ".png");
    }

    private void routing(FxRobot robot, String language) throws TimeoutException {
        open(robot, PaneId.ORDERS);
        waitFor(60, () -> rows(robot, "#orders-table") > 0);
        robot.clickOn("#orders-status-PAID");
        robot.clickOn("#orders-preview");
        waitFor(120, () -> robot.lookup("#orders-notice-text").queryAs(Label.class).getText().length() > 0);
        window(robot, "route-preview-" + language + ".png");
        robot.clickOn("#orders-status-ROUTED");
        waitFor(60, () -> rows(robot, "#orders-table") > 0 && table(robot, "#orders-table").getItems().stream()
                .allMatch(r -> ((io.storedesk.orders.InboxRow) r).status() == io.storedesk.orders.OrderStatus.ROUTED));
        robot.interact(() -> table(robot, "#orders-table").getSelectionModel().select(0));
        waitFor(30, () -> robot.lookup("#orders-detail-explanation").tryQuery().map(Node::isVisible).orElse(false));
        settle(robot, "#orders-detail-parcels");
        window(robot, "route-routed-" + language + ".png");
    }

    private void aReturn(FxRobot robot, String language) throws TimeoutException {
        open(robot, PaneId.AFTERSALES);
        waitFor(60, () -> rows(robot, "#aftersales-table") > 0);
        if (!robot.lookup("#aftersales-to-receive").queryAs(javafx.scene.control.ToggleButton.class).isSelected()) {
            robot.clickOn("#aftersales-to-receive");
        }
        waitFor(60, () -> rows(robot, "#aftersales-table") > 0);
        robot.interact(() -> table(robot, "#aftersales-table").getSelectionModel().select(0));
        waitFor(30, () -> robot.lookup("#aftersales-receive").tryQuery().map(Node::isVisible).orElse(false));
        settle(robot, "#aftersales-detail-timeline");
        window(robot, "return-ticket-" + language + ".png");
        // A modal dialog opened inside robot.interact would block it: open it on the JavaFX thread's queue.
        Platform.runLater(robot.lookup("#aftersales-receive").queryButton()::fire);
        waitFor(30, () -> robot.lookup("#aftersales-receive-warehouse").tryQuery().isPresent());
        Window receive = newestWindow();
        picture(receive, "return-receive-" + language + ".png");
        robot.interact(receive::hide);
    }

    private void addChannel(FxRobot robot, String language) throws TimeoutException {
        open(robot, PaneId.CHANNELS);
        Platform.runLater(robot.lookup("#channels-add").queryButton()::fire);
        waitFor(30, () -> robot.lookup("#add-channel-form").tryQuery().isPresent());
        Window dialog = newestWindow();
        picture(dialog, "add-channel-" + language + ".png");
        robot.interact(dialog::hide);
    }

    private void backups(FxRobot robot, String language) throws TimeoutException {
        Platform.runLater(robot.lookup("#backups-open").queryButton()::fire);
        waitFor(30, () -> robot.lookup("#backup-table").tryQuery().isPresent());
        if (rows(robot, "#backup-table") == 0) {
            robot.interact(() -> robot.lookup("#backup-now").queryButton().fire());
            waitFor(240, () -> rows(robot, "#backup-table") > 0
                    && !robot.lookup("#backup-now").queryButton().isDisabled());
        }
        Window dialog = newestWindow();
        picture(dialog, "backups-" + language + ".png");
        robot.interact(dialog::hide);
    }

    private void switchLanguage(FxRobot robot, Locale locale) {
        @SuppressWarnings("unchecked")
        ComboBox<Locale> language = robot.lookup("#language").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue(locale));
    }

    private void open(FxRobot robot, PaneId pane) {
        robot.clickOn("#" + pane.navigationId());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void window(FxRobot robot, String name) {
        picture(stage, name);
    }

    private void picture(Window window, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = window.getScene();
        new FxRobot().interact(() -> GuidePictures.write(scene, name));
        drawn.put(name, new int[] {(int) Math.round(scene.getWidth()), (int) Math.round(scene.getHeight())});
    }

    /** The dialog or window opened last, besides the main window. */
    private Window newestWindow() {
        List<Window> open = new ArrayList<>(Window.getWindows());
        open.removeIf(w -> w == stage || !w.isShowing() || w.getScene() == null);
        assertThat(open).as("an open dialog").isNotEmpty();
        return open.get(open.size() - 1);
    }

    /** Waits (at most 30 s) until a table or list there has rows or a label there has text; draws anyway after. */
    private static void settle(FxRobot robot, String query) {
        try {
            waitFor(30, () -> robot.lookup(query).tryQuery().map(GuidePicturesTest::hasContent).orElse(false));
        } catch (TimeoutException e) {
            // Still worth drawing: the picture's colour check says whether it is empty.
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean hasContent(Node node) {
        if (node instanceof TableView<?> t) {
            return !t.getItems().isEmpty();
        }
        if (node instanceof javafx.scene.control.ListView<?> l) {
            return !l.getItems().isEmpty();
        }
        if (node instanceof Label l) {
            return !l.getText().isEmpty();
        }
        if (node instanceof javafx.scene.Parent p) {
            return !p.getChildrenUnmodifiable().isEmpty();
        }
        return node.isVisible();
    }

    private static void waitFor(int seconds, Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(seconds, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int rows(FxRobot robot, String table) {
        return robot.lookup(table).tryQueryAs(TableView.class).map(t -> t.getItems().size()).orElse(0);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }
}

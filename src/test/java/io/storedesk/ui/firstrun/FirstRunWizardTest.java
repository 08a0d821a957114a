package io.storedesk.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.StoreDeskApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A first start on a new data directory: the wizard, walked through to an empty shop with an administrator. */
class FirstRunWizardTest {

    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void closeApplication() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void theWizardCreatesAnEmptyShopClaimedByItsAdministrator() throws Exception {
        Path dataDirectory = TestStores.newDirectory();
        StoreDeskApp.prepareFirstRun(dataDirectory.toString(), TestStores.DEMO_CLOCK, dataDirectory);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StoreDeskApp.class);
        FxWait.until(30, () -> robot.lookup("#first-run").tryQuery().isPresent());
        List<String> wizardFont = cjkFontClasses(robot.lookup("#first-run").query());

        @SuppressWarnings("unchecked")
        ComboBox<Locale> language = robot.lookup("#firstrun-language").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue(Locale.ENGLISH));
        press("#firstrun-next");
        press("#firstrun-empty");
        press("#firstrun-next");
        type("#firstrun-username", "boss");
        type("#firstrun-display-name", "Wang Boss");
        type("#firstrun-password", "boss-password");
        type("#firstrun-repeat", "boss-password");
        press("#firstrun-next");
        assertThat(robot.lookup("#firstrun-directory").queryAs(TextField.class).getText())
                .isEqualTo(dataDirectory.toString());
        press("#firstrun-next");
        press("#firstrun-next");
        press("#firstrun-backups-weekly");
        press("#firstrun-finish");

        FxWait.until(120, () -> robot.lookup("#main-window").tryQuery().isPresent());
        // The wizard is written in the same font as the window it leads to (a CJK one where the machine has it).
        assertThat(wizardFont).isEqualTo(cjkFontClasses(robot.lookup("#main-window").query().getScene().getRoot()));
        FxWait.until(30, () -> "Wang Boss".equals(
                robot.lookup("#account-menu").tryQueryAs(MenuButton.class).map(MenuButton::getText).orElse("")));
        FxToolkit.cleanupApplication(app);
        app = null;

        try (Services services = new Services(Store.open(StoreConfig.embedded(dataDirectory)),
                TestStores.DEMO_CLOCK)) {
            assertThat(services.users().isClaimed()).isTrue();
            assertThat(services.isStoreEmpty()).isTrue();
            assertThat(services.shop().startedEmpty()).isTrue();
            assertThat(services.backupFrequency().frequency().name()).isEqualTo("WEEKLY");
        }
    }

    private static List<String> cjkFontClasses(Node node) {
        return node.getStyleClass().stream().filter(c -> c.startsWith("cjk-")).toList();
    }

    private void type(String field, String text) {
        TextField input = robot.lookup(field).queryAs(TextField.class);
        robot.interact(() -> input.setText(text));
    }

    private void press(String button) {
        ButtonBase target = robot.lookup(button).queryAs(ButtonBase.class);
        robot.interact(target::fire);
    }
}

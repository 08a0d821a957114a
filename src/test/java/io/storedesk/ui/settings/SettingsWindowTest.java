package io.storedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.aftersales.sla.PolicyCalendar;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.DeskPreferences;
import io.storedesk.ui.StoreDeskApp;
import io.storedesk.ui.Theme;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The Settings window in the running application: the dark theme applies at once, a threshold is saved. */
class SettingsWindowTest {

    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void closeApplication() throws Exception {
        robot.interact(() -> Theme.use(Theme.Mode.LIGHT));
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void theDarkThemeAppliesAtOnceAndAThresholdIsSaved() throws Exception {
        Path store = TestStores.copyOfDemo();
        StoreDeskApp.prepare(store.toString(), TestStores.DEMO_CLOCK);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StoreDeskApp.class);
        FxWait.until(120, () -> robot.lookup("#main-menu").tryQuery().isPresent());

        MenuButton menu = robot.lookup("#main-menu").queryAs(MenuButton.class);
        robot.interact(() -> menu.getItems().stream().filter(i -> "menu-settings".equals(i.getId())).findFirst()
                .orElseThrow().fire());
        FxWait.until(30, () -> robot.lookup("#settings-window").tryQuery()
                .isPresent());
        // The window draws Chinese in the main window's CJK font (Theme.follow).
        assertThat(cjkClasses(robot.lookup("#settings-window").queryAs(Parent.class)))
                .isEqualTo(cjkClasses(menu.getScene().getRoot()));

        press("#settings-theme-dark");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");

        TabPane tabs = robot.lookup("#settings-window .tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        Spinner<Integer> target = robot.lookup("#settings-targetCoverDays").queryAs(Spinner.class);
        robot.interact(() -> target.getValueFactory().setValue(21));
        press("#settings-save-alerts");
        FxWait.until(30, () -> robot.lookup("#settings-notice-text")
                .tryQueryAs(Label.class).map(l -> !l.getText().isEmpty()).orElse(false));
        assertThat(robot.lookup("#settings-notice-text").queryAs(Label.class).getText())
                .isEqualTo("The alert thresholds are saved; the next planning and alert scan use them.");
        FxWait.until(10, () -> DeskPreferences.load(store).theme()
                == Theme.Mode.DARK);

        // The SLA page: a policy is chosen under the calendar shown and made to count on it.
        robot.interact(() -> tabs.getSelectionModel().select(2));
        FxWait.until(30, () -> !robot.lookup("#settings-calendar-policy").queryAs(ComboBox.class).getItems()
                .isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<PolicyCalendar> policy = robot.lookup("#settings-calendar-policy").queryAs(ComboBox.class);
        String calendar = robot.lookup("#settings-calendar-code").queryAs(TextField.class).getText();
        robot.interact(() -> policy.setValue(policy.getItems().stream().filter(p -> p.code().equals("COMPLAINT"))
                .findFirst().orElseThrow()));
        press("#settings-calendar-policy-use");
        FxWait.until(30, () -> robot.lookup("#settings-calendar-notice-text")
                .tryQueryAs(Label.class).map(l -> !l.getText().isEmpty()).orElse(false));
        assertThat(robot.lookup("#settings-calendar-notice-text").queryAs(Label.class).getText())
                .startsWith("SLA policy COMPLAINT ").contains("calendar " + calendar);
        FxToolkit.cleanupApplication(app);
        app = null;

        try (Services services = new Services(Store.open(StoreConfig.embedded(store)), TestStores.DEMO_CLOCK)) {
            assertThat(services.stockPlanning().policy().targetCoverDays()).isEqualTo(21);
        }
    }

    private static List<String> cjkClasses(Parent root) {
        return root.getStyleClass().stream().filter(name -> name.startsWith("cjk-")).toList();
    }

    private void press(String button) {
        ButtonBase target = robot.lookup(button).queryAs(ButtonBase.class);
        robot.interact(target::fire);
    }
}

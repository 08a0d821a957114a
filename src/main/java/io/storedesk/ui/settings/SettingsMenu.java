package io.storedesk.ui.settings;

import io.storedesk.Services;
import io.storedesk.ui.DeskPreferences;
import io.storedesk.ui.I18n;
import io.storedesk.ui.MainWindow;
import io.storedesk.ui.TaskRunner;
import io.storedesk.ui.Theme;
import javafx.scene.control.MenuItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The main menu's "Settings…": opens the Settings window on this desk's store and preferences. */
public final class SettingsMenu {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsMenu.class);

    private SettingsMenu() {
    }

    public static MenuItem item(MainWindow window, Services services, I18n i18n, TaskRunner tasks) {
        MenuItem item = new MenuItem();
        item.setId("menu-settings");
        item.textProperty().bind(i18n.text("settings.menu"));
        // The desk's preferences are a file: read in the background, the window opens once they are in.
        item.setOnAction(e -> tasks.run("task.readPreferences",
                progress -> DeskPreferences.load(services.store().config().dataDirectory()),
                preferences -> open(window, services, i18n, tasks, preferences),
                error -> LOG.warn("Could not read the desk preferences", error)));
        return item;
    }

    private static void open(MainWindow window, Services services, I18n i18n, TaskRunner tasks,
                             DeskPreferences preferences) {
        SettingsDesk desk = SettingsDesk.of(services);
        SettingsViewModel model = new SettingsViewModel(desk, tasks, preferences.theme(),
                mode -> {
                    Theme.use(mode);
                    tasks.run("task.savePreferences", progress -> {
                        preferences.saveTheme(mode);
                        return mode;
                    }, saved -> { }, error -> LOG.warn("Could not save the theme", error));
                });
        SlaCalendarsViewModel calendars = new SlaCalendarsViewModel(desk.calendars(), desk.shop(), desk.access(),
                tasks);
        SettingsWindow.open(window.node().getScene().getWindow(), window.node(), i18n, model, calendars);
    }
}

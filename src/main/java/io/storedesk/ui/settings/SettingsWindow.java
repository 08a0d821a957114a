package io.storedesk.ui.settings;

import io.storedesk.ui.I18n;
import io.storedesk.ui.Notices;
import io.storedesk.ui.Theme;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** "Settings…": a tab per subject; the desk's own choices apply at once, the shop's with their Save button. */
public final class SettingsWindow {

    private SettingsWindow() {
    }

    /**
     * Opens the window over the main one. windowRoot is the main window's content (the links to the channel
     * setup and to the users dialog act on it).
     */
    public static Stage open(Window owner, Node windowRoot, I18n i18n, SettingsViewModel model,
                             SlaCalendarsViewModel calendars) {
        TabPane tabs = new TabPane(
                tab("settings-tab-general", "settings.tab.general", i18n, SettingsPages.general(model, i18n)),
                tab("settings-tab-alerts", "settings.tab.alerts", i18n, SettingsPages.alerts(model, i18n)),
                tab("settings-tab-sla", "settings.tab.sla", i18n, SlaCalendarPage.build(calendars, i18n)),
                tab("settings-tab-backups", "settings.tab.backups", i18n, SettingsPages.backups(model, i18n)),
                tab("settings-tab-links", "settings.tab.links", i18n, links(model, i18n, windowRoot)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane root = new BorderPane(tabs);
        root.setId("settings-window");
        root.setTop(Notices.bar("settings-notice", i18n, model.noticeProperty(), model::dismissNotice));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(i18n.text("settings.title"));
        Scene scene = new Scene(root, 860, 640);
        Theme.follow(scene, owner);
        stage.setScene(scene);
        model.load();
        calendars.load();
        stage.show();
        return stage;
    }

    private static Tab tab(String id, String key, I18n i18n, Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(i18n.text(key));
        tab.setContent(content);
        return tab;
    }

    private static Node links(SettingsViewModel model, I18n i18n, Node windowRoot) {
        Button channels = SettingsPages.button("settings-open-channels", "settings.links.channels", i18n);
        channels.setOnAction(e -> WindowLinks.openChannelSetup(windowRoot));
        Button users = SettingsPages.button("settings-open-users", "settings.links.users", i18n);
        users.setOnAction(e -> WindowLinks.openUsers(windowRoot));
        users.visibleProperty().bind(model.mayManageUsersProperty());
        users.managedProperty().bind(model.mayManageUsersProperty());
        Label explain = SettingsPages.explain("settings.links.explain", i18n);
        return SettingsPages.page(new VBox(10, explain, channels, users));
    }
}

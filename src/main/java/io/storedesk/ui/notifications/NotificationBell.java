package io.storedesk.ui.notifications;

import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import io.storedesk.ui.MainWindow;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bell in the app bar (its count of unread alerts, the list of the latest, each opening its item) and the
 * popup in the corner when new ones arrive (a click opens the pane).
 */
public final class NotificationBell {

    private final NotificationsViewModel model;
    private final MainWindow window;
    private final I18n i18n;
    private final MenuButton bell = new MenuButton();

    public NotificationBell(NotificationsViewModel model, MainWindow window, I18n i18n) {
        this.model = model;
        this.window = window;
        this.i18n = i18n;
        bell.setId("notifications-bell");
        bell.getStyleClass().addAll("flat", "notifications-bell");
        Label count = new Label();
        count.setId("notifications-count");
        count.getStyleClass().add("nav-badge");
        count.setMouseTransparent(true);
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.formats().integer(
                model.unreadProperty().get()), model.unreadProperty(), i18n.localeProperty()));
        count.visibleProperty().bind(model.unreadProperty().greaterThan(0));
        StackPane graphic = new StackPane(Icon.NOTIFICATIONS.node(), count);
        StackPane.setAlignment(count, Pos.TOP_RIGHT);
        StackPane.setMargin(count, new Insets(-8, -14, 0, 0));
        bell.setGraphic(graphic);
        bell.setOnShowing(e -> model.markAllRead());
        model.recent().addListener((ListChangeListener<DeskAlert>) change -> fill());
        i18n.localeProperty().addListener((obs, old, now) -> fill());
        fill();
        model.onNew(this::popUp);
    }

    private void fill() {
        if (model.recent().isEmpty()) {
            MenuItem none = new MenuItem(i18n.get("notifications.none"));
            none.setDisable(true);
            bell.getItems().setAll(none);
            return;
        }
        bell.getItems().clear();
        for (DeskAlert alert : model.recent()) {
            MenuItem item = new MenuItem(text(alert));
            item.setOnAction(e -> open(alert));
            bell.getItems().add(item);
        }
        MenuItem clear = new MenuItem(i18n.get("notifications.clear"));
        clear.setId("notifications-clear");
        clear.setOnAction(e -> model.clear());
        bell.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private String text(DeskAlert alert) {
        return i18n.get(alert.messageKey(), alert.arguments().toArray());
    }

    private void open(DeskAlert alert) {
        window.reveal(alert.pane(), alert.reference());
    }

    /** One alert says itself; several say how many, and open the first one's pane. */
    private void popUp(List<DeskAlert> fresh) {
        if (window.node().getScene() == null || window.node().getScene().getWindow() == null) {
            return;
        }
        DeskAlert first = fresh.get(0);
        String text = fresh.size() == 1 ? text(first) : i18n.get("notifications.many", fresh.size(), text(first));
        Notifications.create().owner(window.node().getScene().getWindow()).title(i18n.get("notifications.title"))
                .text(text).hideAfter(Duration.seconds(8)).onAction(e -> open(first)).showWarning();
    }

    public Node node() {
        return bell;
    }
}

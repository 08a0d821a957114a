package io.storedesk.ui.notifications;

import io.storedesk.Services;
import io.storedesk.sync.ui.SyncState;
import io.storedesk.ui.I18n;
import io.storedesk.ui.MainWindow;
import io.storedesk.ui.TaskRunner;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Puts the notifications on the window: the bell in the app bar, a check every few minutes and after each sync.
 * The first check comes a little after start, when the panes have read what they show.
 */
public final class NotificationDesk {

    static final Duration FIRST_CHECK = Duration.seconds(30);
    static final Duration EVERY = Duration.minutes(3);

    private NotificationDesk() {
    }

    /** syncState: the status bar's sync state; a run that ends is followed by a check. */
    public static NotificationsViewModel install(MainWindow window, Services services, I18n i18n, TaskRunner tasks,
                                                 ObservableValue<SyncState> syncState) {
        AlertCheck check = new AlertCheck(List.of(new StockWarningAlerts(services.stockPlanning()::overview),
                new SlaBreachAlerts(services.ticketQueue()::load)), services.access()::allows);
        NotificationsViewModel model = new NotificationsViewModel(check, tasks);
        window.addToAppBar(new NotificationBell(model, window, i18n).node());
        Timeline every = new Timeline();
        PauseTransition first = new PauseTransition(FIRST_CHECK);
        Runnable checkWhileShown = () -> {
            if (shown(window)) {
                model.check();
            } else {
                // A window that has closed (or was replaced, as in tests) checks no more.
                first.stop();
                every.stop();
            }
        };
        first.setOnFinished(e -> checkWhileShown.run());
        first.play();
        every.getKeyFrames().add(new KeyFrame(EVERY, e -> checkWhileShown.run()));
        every.setCycleCount(Animation.INDEFINITE);
        every.play();
        syncState.addListener((obs, old, now) -> {
            if (old != null && old.kind() == SyncState.Kind.SYNCING && now.kind() != SyncState.Kind.SYNCING
                    && shown(window)) {
                model.check();
            }
        });
        return model;
    }

    private static boolean shown(MainWindow window) {
        Scene scene = window.node().getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }
}

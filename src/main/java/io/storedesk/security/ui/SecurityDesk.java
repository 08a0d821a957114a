package io.storedesk.security.ui;

import io.storedesk.Services;
import io.storedesk.ui.I18n;
import io.storedesk.ui.MainWindow;
import io.storedesk.ui.TaskRunner;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/**
 * Puts sign-in on the main window (decision 0022): the lock screen over it while nobody is signed in, the
 * person menu in its app bar, and the idle lock (any key or mouse input counts; checked every quarter minute).
 */
public final class SecurityDesk {

    private static final Duration IDLE_CHECK = Duration.seconds(15);

    private SecurityDesk() {
    }

    public static void install(MainWindow window, Services services, I18n i18n, TaskRunner tasks) {
        DeskSessionViewModel session = new DeskSessionViewModel(services.access(), services.signIn(), tasks,
                services.users()::isClaimed, services.idleLock()::idleLock, services.clock(), Platform::runLater);
        session.refresh();
        LockScreen lock = new LockScreen(session, new SignInViewModel(services.signIn(), tasks), i18n);
        Runnable openUsers = () -> UsersDialog.show(window.node().getScene().getWindow(), i18n,
                new UsersViewModel(services.users(), tasks),
                new PermissionMatrixViewModel(services.permissionMatrix(), tasks), services.shop()::zone);
        Runnable setUpSignIn = () -> ClaimStoreDialog.show(window.node().getScene().getWindow(), i18n,
                new ClaimStoreViewModel(services.users(), tasks), session::claimedNow);
        Runnable changePassword = () -> OwnPasswordForm.show(window.node().getScene().getWindow(), i18n,
                new OwnPasswordViewModel(services.signIn(), services.users(), tasks));
        window.addToAppBar(new AccountMenu(session, i18n, openUsers, setUpSignIn, changePassword).node());
        window.cover(lock.node());
        window.node().addEventFilter(InputEvent.ANY, e -> session.touched());
        // A running animation is held by the toolkit: stop once the window is gone, or it would keep it alive.
        Timeline idleCheck = new Timeline();
        idleCheck.getKeyFrames().add(new KeyFrame(IDLE_CHECK, e -> {
            Scene scene = window.node().getScene();
            if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
                idleCheck.stop();
            } else {
                session.checkIdle();
            }
        }));
        idleCheck.setCycleCount(Animation.INDEFINITE);
        idleCheck.play();
    }
}

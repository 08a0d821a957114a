package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's close button while an import or routing still runs: nothing is dropped without a word. */
class ClosingGuardTest {

    private final FxRobot robot = new FxRobot();
    private final CountDownLatch workMayEnd = new CountDownLatch(1);
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private FxTaskRunner tasks;
    private Stage main;

    @BeforeEach
    void showTheMainWindowWithWorkRunning() throws Exception {
        FxToolkit.registerPrimaryStage();
        tasks = new FxTaskRunner();
        main = FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(new Label("main")), 400, 300));
            ClosingGuard.install(stage, tasks, i18n);
            stage.show();
            tasks.run("task.openStore", progress -> {
                workMayEnd.await(10, TimeUnit.SECONDS);
                return null;
            }, done -> { }, failed -> { });
            return stage;
        });
    }

    @AfterEach
    void endTheWork() throws Exception {
        workMayEnd.countDown();
        tasks.close();
        FxToolkit.setupFixture(() -> {
            for (Window window : List.copyOf(Window.getWindows())) {
                if (window != FxToolkit.toolkitContext().getRegisteredStage()) {
                    window.hide();
                }
            }
        });
    }

    @Test
    void theWindowSaysWhatStillRunsAndClosesWhenItIsDone() {
        robot.interact(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));

        DialogPane question = awaitQuestion();
        Window questionWindow = question.getScene().getWindow();
        assertThat(main.isShowing()).as("the work still runs").isTrue();
        assertThat(question.getHeaderText()).isEqualTo("StoreDesk closes as soon as this work is done");
        assertThat(((Label) question.lookup("#closing-running")).getText())
                .startsWith("Still running: Opening the store.");

        workMayEnd.countDown();
        awaitCondition(() -> !main.isShowing());
        assertThat(questionWindow.isShowing()).as("the question went with the window").isFalse();
    }

    @Test
    void keptOpenTheWindowStaysWhenTheWorkIsDone() throws Exception {
        robot.interact(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
        DialogPane question = awaitQuestion();

        robot.interact(() -> button(question, "Keep StoreDesk open").fire());
        workMayEnd.countDown();
        awaitCondition(() -> tasks.runningProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(main.isShowing()).isTrue();
    }

    @Test
    void closedAtOnceTheWindowDoesNotWaitForTheWork() {
        robot.interact(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
        DialogPane question = awaitQuestion();

        robot.interact(() -> button(question, "Close now").fire());

        assertThat(main.isShowing()).isFalse();
        assertThat(tasks.runningProperty().get()).as("the work was not waited for").isEqualTo(1);
    }

    @Test
    void theDailyBackupIsWaitedForLikeTheDesksOwnWork() {
        Runnable[] backupEnds = new Runnable[1];
        robot.interact(() -> backupEnds[0] = tasks.outsideWorkStarted("backup.task.daily"));
        workMayEnd.countDown();
        awaitCondition(() -> tasks.runningProperty().get() == 1);
        assertThat(tasks.titleProperty().get()).as("what still runs is named").isEqualTo("backup.task.daily");

        robot.interact(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
        DialogPane question = awaitQuestion();
        assertThat(((Label) question.lookup("#closing-running")).getText())
                .startsWith("Still running: Making the daily backup.");

        backupEnds[0].run();
        backupEnds[0].run();
        awaitCondition(() -> !main.isShowing());
        assertThat(tasks.runningProperty().get()).as("ended once, counted once").isZero();
        assertThat(tasks.titleProperty().get()).isEmpty();
    }

    private DialogPane awaitQuestion() {
        awaitCondition(() -> question().isPresent());
        return question().orElseThrow();
    }

    private Optional<DialogPane> question() {
        return Window.getWindows().stream().filter(w -> w != main && w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().getRoot()).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .findFirst();
    }

    private static Button button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().map(pane::lookupButton).map(Button.class::cast)
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private static void awaitCondition(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting", e);
        }
    }
}

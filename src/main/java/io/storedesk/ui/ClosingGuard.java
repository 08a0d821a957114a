package io.storedesk.ui;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * The main window's close button while background work runs: the window waits for the work and then closes. Work that
 * ends within a moment (a pane reading its rows) closes it without a word; longer work shows what still runs, with
 * its progress, and lets the person keep the window open or close it at once.
 */
public final class ClosingGuard {

    /** How long work may take before the person is told why the window does not close yet. */
    static final Duration QUIET_WAIT = Duration.millis(700);

    private final Stage stage;
    private final FxTaskRunner tasks;
    private final I18n i18n;
    private final ClosingViewModel model;
    private Dialog<ButtonType> dialog;

    private ClosingGuard(Stage stage, FxTaskRunner tasks, I18n i18n) {
        this.stage = stage;
        this.tasks = tasks;
        this.i18n = i18n;
        this.model = new ClosingViewModel(tasks.runningProperty(), stage::close);
        // The work is done (or the person closed at once): the question goes with the window.
        model.waitingProperty().addListener((obs, was, now) -> {
            if (!now && dialog != null && dialog.isShowing()) {
                dialog.setResult(ButtonType.FINISH);
                dialog.close();
            }
        });
    }

    /** Guards the stage's close button against losing the work that runs on tasks. */
    public static void install(Stage stage, FxTaskRunner tasks, I18n i18n) {
        ClosingGuard guard = new ClosingGuard(stage, tasks, i18n);
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, guard::closeRequested);
    }

    private void closeRequested(WindowEvent event) {
        if (model.mayCloseNow()) {
            return;
        }
        event.consume();
        boolean alreadyWaiting = model.waitingProperty().get();
        model.closeWhenDone();
        if (!alreadyWaiting) {
            PauseTransition moment = new PauseTransition(QUIET_WAIT);
            moment.setOnFinished(e -> {
                if (model.waitingProperty().get()) {
                    showWhatRuns();
                }
            });
            moment.play();
        }
    }

    private void showWhatRuns() {
        if (dialog != null && dialog.isShowing()) {
            return;
        }
        ButtonType keepOpen = new ButtonType(i18n.get("closing.keepOpen"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType closeNow = new ButtonType(i18n.get("closing.closeNow"), ButtonBar.ButtonData.OTHER);
        dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(stage);
        dialog.setTitle(i18n.get("closing.title"));
        dialog.setHeaderText(i18n.get("closing.header"));
        Label running = new Label();
        running.setId("closing-running");
        running.setWrapText(true);
        running.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("closing.body",
                tasks.titleProperty().get().isEmpty() ? "" : i18n.get(tasks.titleProperty().get())),
                tasks.titleProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(tasks.progressProperty());
        VBox content = new VBox(10, running, progress);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(closeNow, keepOpen);
        // Enter keeps the window: closing at once is the choice that can lose work, so it takes a click.
        Button keep = (Button) dialog.getDialogPane().lookupButton(keepOpen);
        keep.setDefaultButton(true);
        dialog.setOnShown(e -> keep.requestFocus());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == closeNow) {
                model.closeNow();
            } else if (dialog.getResult() == keepOpen) {
                model.keepOpen();
            }
        });
        dialog.show();
    }
}

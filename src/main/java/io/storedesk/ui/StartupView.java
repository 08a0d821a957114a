package io.storedesk.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** What the window shows while the store opens (and, on a first run, while the demo shop loads). */
final class StartupView {

    private final VBox root = new VBox();
    private final Label error = new Label();
    private final Button quit = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Label step = new Label();

    StartupView(I18n i18n, FxTaskRunner tasks) {
        root.setId("startup");
        root.getStyleClass().add("startup");
        Label name = new Label("StoreDesk");
        name.getStyleClass().add("app-name");
        step.setId("startup-step");
        step.textProperty().bind(Bindings.createStringBinding(() -> {
            String key = tasks.stepProperty().get();
            return i18n.get(key == null || key.isEmpty() ? "startup.opening" : key);
        }, tasks.stepProperty(), i18n.localeProperty()));
        progress.progressProperty().bind(tasks.progressProperty());
        error.setId("startup-error");
        error.getStyleClass().add("error");
        error.setVisible(false);
        quit.textProperty().bind(i18n.text("startup.quit"));
        quit.setVisible(false);
        quit.setOnAction(e -> Platform.exit());
        root.getChildren().addAll(name, step, progress, error, quit);
    }

    void failed(String message) {
        progress.setVisible(false);
        step.setVisible(false);
        error.setText(message);
        error.setVisible(true);
        quit.setVisible(true);
    }

    Parent node() {
        return root;
    }
}

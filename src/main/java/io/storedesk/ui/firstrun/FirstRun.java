package io.storedesk.ui.firstrun;

import io.storedesk.store.StoreFiles;
import io.storedesk.store.StoreLocation;
import io.storedesk.ui.FxTaskRunner;
import io.storedesk.ui.I18n;
import io.storedesk.ui.firstrun.FirstRunViewModel.FirstRunResult;
import io.storedesk.ui.settings.WindowLinks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** When the wizard is shown, and how the start-up hands the window to it and takes it back. */
public final class FirstRun {

    private FirstRun() {
    }

    /**
     * A desk starting on a data directory with no store yet: an embedded store whose database folder does not
     * exist. A PostgreSQL store is set up by whoever runs the server, so it never asks.
     */
    public static boolean isNeeded(StoreLocation location, Path dataDirectory) {
        return location.config(dataDirectory, System.getenv()).isEmbedded()
                && !Files.exists(StoreFiles.databaseDirectory(dataDirectory));
    }

    /**
     * Shows the wizard as the scene's content; while the store is created the start-up view shows, and a
     * refusal brings the wizard back on the page concerned. onFinished gets the open store.
     */
    public static void ask(Scene scene, Parent busyView, I18n i18n, FxTaskRunner tasks, FirstRunSetup setup,
            Path dataDirectory, Path usualDirectory, Consumer<FirstRunResult> onFinished) {
        FirstRunViewModel model = new FirstRunViewModel(setup, tasks, i18n.locale(), dataDirectory, usualDirectory);
        FirstRunWizard wizard = new FirstRunWizard(model, i18n);
        model.workingProperty().addListener((obs, was, now) -> {
            if (now) {
                scene.setRoot(busyView);
            } else if (model.failureProperty().get() != null || scene.getRoot() == busyView) {
                scene.setRoot(wizard.node());
            }
        });
        model.onFinished(onFinished);
        scene.setRoot(wizard.node());
    }

    /** Opens the channels pane and its "Add channel" wizard, as if the person had clicked both. */
    public static void openChannelSetup(Node windowRoot) {
        WindowLinks.openChannelSetup(windowRoot);
    }
}

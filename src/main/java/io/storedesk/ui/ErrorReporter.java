package io.storedesk.ui;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: any exception nobody caught is logged once with its stack trace and shown
 * to the person as a dialog in their language, naming the log file for the details.
 */
public final class ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final I18n i18n;
    private final Path logFile;
    private final AtomicBoolean showing = new AtomicBoolean();

    public ErrorReporter(I18n i18n, Path logFile) {
        this.i18n = i18n;
        this.logFile = logFile;
    }

    public void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> report(error));
    }

    public void report(Throwable error) {
        LOG.error("Uncaught exception", error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    private void show(Throwable error) {
        // One dialog at a time: a failure that repeats must not bury the window in dialogs.
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        Alert alert = Dialogs.localised(new Alert(Alert.AlertType.ERROR, i18n.describe(error) + "\n\n"
                + i18n.get("error.seeLog", logFile), ButtonType.OK), i18n);
        alert.setTitle("StoreDesk");
        alert.setHeaderText(i18n.get("error.title"));
        alert.setOnHidden(e -> showing.set(false));
        alert.show();
    }
}

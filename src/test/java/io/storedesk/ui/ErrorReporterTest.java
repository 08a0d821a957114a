package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.UserFacingException;
import io.storedesk.testing.FxWait;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An error nobody caught reaches the person as a dialog in their language, naming the log file. */
@ExtendWith(ApplicationExtension.class)
class ErrorReporterTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void anUncaughtFailureFromABackgroundThreadShowsOneLocalizedDialog(FxRobot robot) throws Exception {
        ErrorReporter reporter = new ErrorReporter(new I18n(Locale.SIMPLIFIED_CHINESE), Path.of("/data/logs/storedesk.log"));
        Thread worker = new Thread(() -> {
            reporter.report(new UserFacingException("store.error.inUse", "/data"));
            reporter.report(new IllegalStateException("a second failure"));
        });
        worker.start();
        worker.join();

        FxWait.until(10, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").queryAll()).hasSize(1);
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("出现问题");
        assertThat(dialog.getContentText()).contains("/data").contains("另一个").contains("storedesk.log");
        // JavaFX would name the button in the language the JVM started with ("OK").
        assertThat(((Button) dialog.lookupButton(ButtonType.OK)).getText()).isEqualTo("确定");
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }
}

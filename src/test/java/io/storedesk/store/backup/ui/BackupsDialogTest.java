package io.storedesk.store.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.store.backup.BackupEntry;
import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.FxTaskRunner;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Backups dialog in a window, headless: back up now, a refused file, a restore confirmed and staged. */
@ExtendWith(ApplicationExtension.class)
class BackupsDialogTest {

    private final Path directory = TestStores.newDirectory();
    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private final AtomicInteger desksClosed = new AtomicInteger();
    private Services services;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        services = new Services(Store.open(StoreConfig.embedded(directory)), TestStores.DEMO_CLOCK);
        tasks = new FxTaskRunner();
        Theme theme = Theme.install();
        I18n i18n = new I18n(Locale.ENGLISH);
        Node open = BackupsDialog.statusButton(services.backups(), new SimpleBooleanProperty(true), i18n, tasks,
                desksClosed::incrementAndGet, (owner, folder) -> Optional.ofNullable(chosen.get()));
        Scene scene = new Scene(new StackPane(open), 800, 600);
        theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxWait.until(30, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<BackupEntry> table(FxRobot robot) {
        return robot.lookup("#backup-table").queryAs(TableView.class);
    }

    /** The content text of the alert now showing (an alert is a dialog pane with a content label). */
    private static Optional<DialogPane> alert(FxRobot robot, String startingWith) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getContentText() != null && p.getContentText().startsWith(startingWith)).findFirst();
    }

    private static void press(FxRobot robot, DialogPane pane, String text) {
        Button button = pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t))
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
        robot.clickOn(button);
    }

    @Test
    void backUpThenRefuseANonBackupThenRestoreAfterConfirmation(FxRobot robot) throws Exception {
        robot.clickOn("#backups-open");
        waitFor(() -> robot.lookup("#backup-table").tryQuery().isPresent());
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(((Label) table(robot).getPlaceholder()).getText())
                .isEqualTo("No backups yet. Choose \"Back up now\" to make one.");

        robot.clickOn("#backup-now");
        waitFor(() -> table(robot).getItems().size() == 1);
        assertThat(robot.lookup("#backup-notice-text").queryAs(Label.class).getText()).startsWith("Backup written: ");

        chosen.set(Files.writeString(TestStores.newDirectory().resolve("notes.sdbackup"), "hello"));
        robot.clickOn("#backup-restore");
        waitFor(() -> robot.lookup("#backup-notice-text").queryAs(Label.class).getText().contains("not a StoreDesk"));
        assertThat(robot.lookup("#backup-notice-text").queryAs(Label.class).getText()).contains("notes.sdbackup")
                .endsWith(" is not a StoreDesk backup. Choose a file that StoreDesk wrote (.sdbackup). Nothing was changed.");

        chosen.set(table(robot).getItems().get(0).file());
        robot.clickOn("#backup-restore");
        waitFor(() -> alert(robot, "Restore this backup?").isPresent());
        press(robot, alert(robot, "Restore this backup?").orElseThrow(), "OK");
        waitFor(() -> alert(robot, "The restore is ready.").isPresent());
        assertThat(directory.resolve("restore-pending").resolve("restore.properties")).exists();
        press(robot, alert(robot, "The restore is ready.").orElseThrow(), "OK");

        waitFor(() -> desksClosed.get() == 1);
        assertThat(robot.lookup("#backup-table").tryQuery()).as("the dialog closed").isEmpty();
    }
}

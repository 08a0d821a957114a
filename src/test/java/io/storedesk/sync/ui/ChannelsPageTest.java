package io.storedesk.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.engine.FakeRemote;
import io.storedesk.sync.outbox.OutboxStatus;
import io.storedesk.sync.remote.StockLevelPush;
import io.storedesk.testing.FxWait;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.FxTaskRunner;
import io.storedesk.ui.I18n;
import io.storedesk.ui.MainWindow;
import io.storedesk.ui.Shell;
import io.storedesk.ui.Theme;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless, on an empty store: a channel is added from the Channels page and synced. */
@ExtendWith(ApplicationExtension.class)
class ChannelsPageTest {

    private Services services;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        services = TestStores.emptyEmbedded();
        tasks = new FxTaskRunner();
        Theme theme = Theme.install();
        MainWindow window = Shell.create(services, new I18n(Locale.ENGLISH), tasks);
        Scene scene = new Scene(window.node(), 1280, 800);
        theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        waitFor(() -> tasks.runningProperty().get() == 0);
        tasks.close();
        services.close();
    }

    @Test
    void aChannelAddedFromTheWindowSyncsAgainstTheFakeAdapter(FxRobot robot) throws TimeoutException {
        FakeRemote remote = new FakeRemote().pushing(PushKind.STOCK_LEVEL);
        robot.clickOn("#nav-channels");
        waitFor(() -> label(robot, "#channels-empty").startsWith("No channel yet — add your Shopify"));

        // A modal dialog opened inside robot.interact would block it: open it on the JavaFX thread's queue.
        Platform.runLater(robot.lookup("#channels-add").queryButton()::fire);
        waitFor(() -> robot.lookup("#add-channel-kind").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<ChannelKind> kind = robot.lookup("#add-channel-kind").queryAs(ComboBox.class);
        robot.interact(() -> {
            kind.setValue(ChannelKind.MANUAL);
            robot.lookup("#add-channel-signin-none").queryAs(RadioButton.class).fire();
            robot.lookup("#add-channel-name").queryAs(TextField.class).setText("Test shop");
            robot.lookup("#add-channel-base-url").queryAs(TextField.class).setText(remote.baseUrl);
        });
        robot.interact(okButton(robot)::fire);
        waitFor(() -> channels(robot).getItems().size() == 1);
        assertThat(label(robot, "#channel-title")).isEqualTo("Test shop (TEST-SHOP)");

        long channelId = services.sync().channels().find("TEST-SHOP").channel().id();
        services.store().inTransaction(() -> services.sync().outbox().enqueue(channelId,
                new StockLevelPush("k-1", "S01", null, null, null, 4), "S01", OutboxStatus.PENDING));
        robot.interact(robot.lookup("#channels-refresh").queryButton()::fire);
        waitFor(() -> label(robot, "#status-sync").equals("Sync idle · 1 change waiting"));

        robot.interact(robot.lookup("#channel-sync").queryButton()::fire);
        waitFor(() -> robot.lookup("#channel-run-log").queryAs(TextArea.class).getText().startsWith("Run OK"));

        assertThat(robot.lookup("#channel-run-log").queryAs(TextArea.class).getText())
                .contains("Stock level: 1 pushed, 0 refused", "No errors.");
        waitFor(() -> label(robot, "#status-sync").equals("Sync idle"));
        waitFor(() -> channels(robot).getItems().get(0).lastRun().isPresent());
        assertThat(channels(robot).getItems().get(0).outbox().pending()).isZero();
        assertThat(robot.lookup("#channel-sync").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(remote.keysReceived).containsExactly("k-1");
    }

    @SuppressWarnings("unchecked")
    private static TableView<ChannelRow> channels(FxRobot robot) {
        return robot.lookup("#channels-table").queryAs(TableView.class);
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static Button okButton(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").match(b -> ((Button) b).isDefaultButton()).queryButton();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(30, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

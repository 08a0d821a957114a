package io.storedesk.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.testing.TestStores;
import io.storedesk.ui.DeskPreferences;
import io.storedesk.ui.InlineTaskRunner;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A window closed maximised opens maximised and keeps the bounds it had before, to return to when it is made
 * smaller again, even when it was maximised before anything was saved. A bare stage, no store: WindowMemory alone.
 */
class MaximisedWindowTest {

    private final FxRobot robot = new FxRobot();
    private final Path dataDirectory = TestStores.newDirectory();
    private Stage stage;

    @AfterEach
    void hide() {
        if (stage != null) {
            robot.interact(stage::hide);
        }
    }

    @Test
    void aWindowClosedMaximisedOpensMaximisedAndKeepsItsEarlierBounds() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<WindowMemory> memory = new AtomicReference<>();
        robot.interact(() -> {
            stage = newStage();
            memory.set(WindowMemory.place(stage, DeskPreferences.load(dataDirectory), new InlineTaskRunner()));
            stage.show();
            stage.setX(60);
            stage.setY(50);
            stage.setWidth(900);
            stage.setHeight(600);
            stage.setMaximized(true);
        });
        assertThat(stage.isMaximized()).isTrue();
        robot.interact(() -> {
            memory.get().close();
            stage.hide();
        });

        DeskLayout saved = new DeskLayout(DeskPreferences.load(dataDirectory));
        assertThat(saved.window()).contains(new WindowPlacement(new ScreenArea(60, 50, 900, 600), true));

        robot.interact(() -> {
            stage = newStage();
            memory.set(WindowMemory.place(stage, DeskPreferences.load(dataDirectory), new InlineTaskRunner()));
            stage.show();
        });
        assertThat(stage.isMaximized()).isTrue();
        // A whole run spent maximised keeps the bounds to return to.
        robot.interact(() -> memory.get().close());
        assertThat(new DeskLayout(DeskPreferences.load(dataDirectory)).window())
                .contains(new WindowPlacement(new ScreenArea(60, 50, 900, 600), true));
    }

    private static Stage newStage() {
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 400, 300));
        return stage;
    }
}

package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.testing.FxWait;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A denied action is disabled, and hovering it still says why. */
@ExtendWith(ApplicationExtension.class)
class DeniedHintTest {

    private final SimpleBooleanProperty allowed = new SimpleBooleanProperty(false);

    @Start
    void start(Stage stage) {
        Button denied = new Button("Change price");
        denied.setId("denied-action");
        DeniedHint.disableUnless(denied, allowed, new I18n(Locale.ENGLISH));
        Button other = new Button("Elsewhere");
        other.setId("other-action");
        stage.setScene(new Scene(new HBox(40, other, denied), 600, 200));
        stage.show();
    }

    private static Optional<String> shownTooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst();
    }

    @Test
    void hoveringADeniedButtonShowsWhyAndLeavingItHidesIt(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#denied-action").queryAs(Button.class).isDisabled()).isTrue();

        robot.moveTo("#denied-action");
        FxWait.until(10, () -> shownTooltip().isPresent());
        assertThat(shownTooltip()).contains(
                "Your role does not allow this. An administrator can grant it in the permission matrix.");

        robot.moveTo("#other-action");
        FxWait.until(10, () -> shownTooltip().isEmpty());
        robot.interact(() -> allowed.set(true));
        assertThat(robot.lookup("#denied-action").queryAs(Button.class).isDisabled()).isFalse();
    }
}

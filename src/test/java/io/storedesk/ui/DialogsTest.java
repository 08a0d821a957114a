package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class DialogsTest {

    @Test
    void aDialogTakesItsOwnersStylesheetAndCjkFontOnceAndNamesItsButtonsInTheDesksLanguage() throws Exception {
        FxToolkit.registerPrimaryStage();
        Theme theme = new Theme(Optional.of("WenQuanYi Micro Hei"));
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);

        List<Object> looks = FxToolkit.setupFixture(() -> {
            Stage owner = new Stage();
            Scene main = new Scene(new StackPane());
            theme.apply(main);
            owner.setScene(main);
            Alert alert = Dialogs.localised(new Alert(Alert.AlertType.CONFIRMATION, "确定吗？"), i18n);
            alert.initOwner(owner);
            alert.show();
            alert.close();
            alert.show();
            // Shown twice: the stylesheet and the font are given once.
            List<Object> shown = List.of(List.copyOf(alert.getDialogPane().getScene().getStylesheets()),
                    alert.getDialogPane().getStyleClass().stream().filter(name -> name.startsWith("cjk-")).toList(),
                    ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).getText());
            alert.close();
            return shown;
        });

        assertThat(looks).containsExactly(List.of(Theme.class.getResource("storedesk.css").toExternalForm()),
                List.of("cjk-wenquanyi-micro-hei"), i18n.get("dialog.ok"));
    }
}

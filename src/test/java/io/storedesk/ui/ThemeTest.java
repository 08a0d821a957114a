package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class ThemeTest {

    @Test
    void theStylesheetNamesEveryCjkFontTheThemeMayPick() throws IOException {
        String css;
        try (InputStream in = Theme.class.getResourceAsStream("storedesk.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String family : Theme.CJK_FONTS) {
            assertThat(css).contains(".root." + Theme.styleClassOf(family) + " { -fx-font-family: \"" + family + "\"; }");
        }
        assertThat(Theme.CJK_FONTS).contains("Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
                "PingFang SC");
    }

    @Test
    void everyRootThatTakesTheScenesPlaceIsNamedTheCjkFontOnce() throws Exception {
        FxToolkit.registerPrimaryStage();
        Theme theme = new Theme(Optional.of("WenQuanYi Micro Hei"));
        StackPane first = new StackPane();
        StackPane wizard = new StackPane();

        List<List<String>> classes = FxToolkit.setupFixture(() -> {
            Scene scene = new Scene(first);
            theme.apply(scene);
            scene.setRoot(wizard);
            scene.setRoot(first);
            return List.of(cjkClasses(first), cjkClasses(wizard));
        });

        assertThat(classes).containsExactly(List.of("cjk-wenquanyi-micro-hei"), List.of("cjk-wenquanyi-micro-hei"));
    }

    @Test
    void aWindowOfItsOwnTakesTheStylesheetAndTheCjkFontOfTheWindowThatOpensIt() throws Exception {
        FxToolkit.registerPrimaryStage();
        Theme theme = new Theme(Optional.of("WenQuanYi Micro Hei"));
        StackPane main = new StackPane();
        StackPane settings = new StackPane();
        StackPane alone = new StackPane();

        List<Object> looks = FxToolkit.setupFixture(() -> {
            Stage owner = new Stage();
            Scene mainScene = new Scene(main);
            theme.apply(mainScene);
            owner.setScene(mainScene);
            Scene settingsScene = new Scene(settings);
            Theme.follow(settingsScene, owner);
            Scene aloneScene = new Scene(alone);
            Theme.follow(aloneScene, null);
            return List.of(settingsScene.getStylesheets(), cjkClasses(settings), aloneScene.getStylesheets(),
                    cjkClasses(alone));
        });

        String stylesheet = Theme.class.getResource("storedesk.css").toExternalForm();
        assertThat(looks).containsExactly(List.of(stylesheet), List.of("cjk-wenquanyi-micro-hei"), List.of(stylesheet),
                List.of());
    }

    private static List<String> cjkClasses(StackPane root) {
        return root.getStyleClass().stream().filter(name -> name.startsWith("cjk-")).toList();
    }
}

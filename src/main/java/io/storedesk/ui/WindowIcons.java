package io.storedesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** StoreDesk's mark in the title bar, the task bar and the window switcher (the sizes the jar carries). */
final class WindowIcons {

    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private WindowIcons() {
    }

    static void addTo(Stage stage) {
        for (int size : SIZES) {
            try (InputStream png = WindowIcons.class.getResourceAsStream("/io/storedesk/icons/storedesk-" + size
                    + ".png")) {
                if (png != null) {
                    stage.getIcons().add(new Image(png));
                }
            } catch (IOException e) {
                // A window without its icon is still a window.
            }
        }
    }
}

package io.storedesk.testing;

import io.storedesk.ui.FxTaskRunner;
import io.storedesk.ui.I18n;
import io.storedesk.ui.MainWindow;
import io.storedesk.ui.Shell;
import io.storedesk.ui.Theme;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The real main window on the shared demo store, in English, as TestFX window tests start it. */
public final class DemoWindow {

    private DemoWindow() {
    }

    /** Shows the window on the stage; the caller closes the returned runner after each test. */
    public static FxTaskRunner show(Stage stage) {
        FxTaskRunner tasks = new FxTaskRunner();
        show(stage, tasks);
        return tasks;
    }

    /** The same on the caller's runner, for tests that work with the window itself. */
    public static MainWindow show(Stage stage, FxTaskRunner tasks) {
        Theme theme = Theme.install();
        MainWindow window = Shell.create(TestStores.sharedDemo(), new I18n(Locale.ENGLISH), tasks);
        Scene scene = new Scene(window.node(), 1280, 800);
        theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        return window;
    }
}

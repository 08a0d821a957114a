package io.storedesk.ui;

import io.storedesk.Desk;
import io.storedesk.Services;
import io.storedesk.common.UserFacingException;
import io.storedesk.demo.DemoSource;
import io.storedesk.store.DataDirectory;
import io.storedesk.store.RememberedDataDirectory;
import io.storedesk.ui.firstrun.FirstRun;
import io.storedesk.ui.firstrun.FirstRunSetup;
import io.storedesk.ui.layout.WindowMemory;
import io.storedesk.store.StoreFiles;
import io.storedesk.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens the store in the background (loading the demo shop on a first run)
 * while a progress view shows, then the main window. This is the composition root of the window.
 */
public final class StoreDeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(StoreDeskApp.class);
    private static volatile StoreLocation requestedLocation = StoreLocation.of(null);
    private static volatile Clock clock = Clock.systemDefaultZone();
    /** -Dstoredesk.demo=true (the README's ./mvnw javafx:run) skips the first-run wizard and loads the demo. */
    private static volatile boolean askOnFirstRun = !Boolean.getBoolean("storedesk.demo");
    private static volatile Path usualDirectory;
    /** The store opening while the toolkit starts; null when the window was started without it (tests). */
    private static volatile OpeningAhead<Services> openingAhead;

    private FxTaskRunner tasks;
    private volatile Services services;
    private WindowMemory windowMemory;

    /** Opens the window on the store of the given data directory (null = the default) and waits until it closes. */
    public static void open(String dataDirectory) {
        open(StoreLocation.of(dataDirectory));
    }

    /** Opens the window on a location: the data directory and, for several desks, a PostgreSQL server. */
    public static void open(StoreLocation location) {
        requestedLocation = location;
        openingAhead = OpeningAhead.start("storedesk-open", () -> {
            Path dataDirectory = DataDirectory.resolve(location.dataDirectory());
            return firstRunAsked(dataDirectory) ? null
                    : Desk.open(location.withDataDirectory(dataDirectory.toString()), clock);
        });
        try {
            Application.launch(StoreDeskApp.class);
        } catch (RuntimeException e) {
            openingAhead.closeWhenOpened();
            // The toolkit could not start (no display, no GTK 3): say so instead of showing a stack trace.
            throw new UserFacingException(e, "app.error.noWindow", e.getMessage());
        }
    }

    /** For tests that start the application through TestFX: which store, and which clock (no wizard: the demo). */
    public static void prepare(String dataDirectory, Clock testClock) {
        requestedLocation = StoreLocation.of(dataDirectory);
        clock = testClock;
        askOnFirstRun = false;
        openingAhead = null;
    }

    /**
     * For tests of the first-run wizard: like {@link #prepare}, but a new store asks first; usual stands for the
     * operating system's usual directory (where a chosen one is remembered), so tests never touch the real one.
     */
    public static void prepareFirstRun(String dataDirectory, Clock testClock, Path usual) {
        prepare(dataDirectory, testClock);
        askOnFirstRun = true;
        usualDirectory = usual;
    }

    @Override
    public void start(Stage stage) {
        Path dataDirectory = DataDirectory.resolve(requestedLocation.dataDirectory());
        DeskPreferences preferences = DeskPreferences.load(dataDirectory);
        I18n i18n = new I18n(preferences.language().orElse(Locale.getDefault()));
        tasks = new FxTaskRunner();
        new ErrorReporter(i18n, StoreFiles.logDirectory(dataDirectory).resolve("storedesk.log")).install();
        i18n.localeProperty().addListener((obs, old, now) -> tasks.run("task.savePreferences", progress -> {
            preferences.saveLanguage(now);
            return null;
        }, done -> { }, error -> LOG.warn("Could not save the language", error)));

        Theme theme = Theme.install(preferences.theme());
        StartupView startup = new StartupView(i18n, tasks);
        Scene scene = new Scene(startup.node(), 1280, 800);
        theme.apply(scene);
        stage.setTitle("StoreDesk");
        WindowIcons.addTo(stage);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        // Where the window was left, its pane and its tables' columns (decision 0034).
        windowMemory = WindowMemory.place(stage, preferences, tasks);
        ClosingGuard.install(stage, tasks, i18n);
        stage.show();

        if (firstRunAsked(dataDirectory)) {
            Path usual = usualDirectory != null ? usualDirectory : DataDirectory.usual();
            FirstRun.ask(scene, startup.node(), i18n, tasks, new FirstRunSetup(
                    dir -> Desk.open(requestedLocation.withDataDirectory(dir.toString()), clock),
                    RememberedDataDirectory.in(usual), DemoSource.bundled()), dataDirectory, usual, result -> {
                        services = result.services();
                        showMainWindow(scene, i18n, result.services());
                        if (result.choices().addChannel()) {
                            FirstRun.openChannelSetup(scene.getRoot());
                        }
                    });
            return;
        }
        OpeningAhead<Services> ahead = openingAhead;
        tasks.run("task.openStore", progress -> {
            Services opened = ahead != null ? ahead.await() : null;
            if (opened == null) {
                opened = Desk.open(requestedLocation.withDataDirectory(dataDirectory.toString()), clock);
            }
            // A shop started empty on purpose in the first-run wizard never gets the demo.
            if (opened.isStoreEmpty() && !opened.shop().startedEmpty()) {
                progress.step("startup.loadingDemo");
                opened.demoLoader().load(DemoSource.bundled(), progress::update);
            }
            return opened;
        }, opened -> {
            services = opened;
            showMainWindow(scene, i18n, opened);
        }, error -> startup.failed(i18n.describe(error)));
    }

    /** A new store (no database yet) started without -Dstoredesk.demo asks the first-run wizard first. */
    private static boolean firstRunAsked(Path dataDirectory) {
        return askOnFirstRun && FirstRun.isNeeded(requestedLocation, dataDirectory);
    }

    private void showMainWindow(Scene scene, I18n i18n, Services opened) {
        MainWindow window = Shell.create(opened, i18n, tasks);
        windowMemory.follow(window);
        scene.setRoot(window.node());
        StartupProbe.installIfAsked(scene, tasks);
    }

    @Override
    public void stop() {
        if (windowMemory != null) {
            windowMemory.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (services != null) {
            services.close();
        } else if (openingAhead != null) {
            openingAhead.closeWhenOpened();
        }
    }
}

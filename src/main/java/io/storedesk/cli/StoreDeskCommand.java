package io.storedesk.cli;

import io.storedesk.store.StoreLocation;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `storedesk`: without a subcommand it opens the window; with one it works without a window. */
@Command(name = "storedesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "StoreDesk: operations desk for online merchants. Without a command, opens the window.",
        subcommandsRepeatable = false)
public final class StoreDeskCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--self-test", description = "Check the database, the resources and the fonts without a window, "
            + "print a report and exit (0 when every check passed). Without --data-dir on a temporary store.")
    boolean selfTest;

    private final Consumer<StoreLocation> openWindow;
    private final ToIntFunction<String> runSelfTest;

    /**
     * openWindow receives the --data-dir (or null) and --db-url values and returns when the window closes;
     * runSelfTest receives the --data-dir value (or null) and returns the exit code.
     */
    public StoreDeskCommand(Consumer<StoreLocation> openWindow, ToIntFunction<String> runSelfTest) {
        this.openWindow = openWindow;
        this.runSelfTest = runSelfTest;
    }

    @Override
    public Integer call() {
        if (selfTest) {
            return runSelfTest.applyAsInt(dataDir.value().dataDirectory());
        }
        openWindow.accept(dataDir.value());
        return ExitCodes.SUCCESS;
    }
}

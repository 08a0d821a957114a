package io.storedesk.cli;

import io.storedesk.store.StoreLocation;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `storedesk`: without a subcommand it opens the window; with one it works without a window. */
@Command(name = "storedesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "StoreDesk: operations desk for online merchants. Without a command, opens the window.",
        subcommandsRepeatable = false)
public final class StoreDeskCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    private final Consumer<StoreLocation> openWindow;

    /** openWindow receives the --data-dir (or null) and --db-url values and returns when the window closes. */
    public StoreDeskCommand(Consumer<StoreLocation> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        openWindow.accept(dataDir.value());
        return ExitCodes.SUCCESS;
    }
}

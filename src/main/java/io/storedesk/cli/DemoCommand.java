package io.storedesk.cli;

import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.demo.DemoLoadResult;
import io.storedesk.demo.DemoShop;
import io.storedesk.demo.DemoShopGenerator;
import io.storedesk.demo.DemoSource;
import io.storedesk.demo.LoadProgress;
import io.storedesk.store.StoreFiles;
import io.storedesk.store.StoreStats;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `storedesk demo`: load the demo shop into a store, or write its files. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Load the demo shop into the store, or write its files with --generate.")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--force", description = "Replace a store that already holds a shop (its data is deleted).")
    boolean force;

    @Option(names = "--generate", paramLabel = "DIR",
            description = "Write the demo shop's CSV files into DIR instead of loading them.")
    Path generateTo;

    private final StoreSessions sessions;
    private final Console console;

    DemoCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (generateTo != null) {
            new DemoShopGenerator().writeTo(generateTo);
            console.result("cli.demo.generated", DemoShop.FILES.size(), generateTo.toAbsolutePath());
            return ExitCodes.SUCCESS;
        }
        Services services = sessions.open(dataDir.value());
        try {
            if (!services.isStoreEmpty()) {
                Path directory = services.store().config().dataDirectory();
                if (!force) {
                    throw new RefusedInputException("cli.demo.notEmpty", directory);
                }
                services.close();
                StoreFiles.deleteEmbeddedDatabase(directory);
                services = sessions.open(directory.toString());
            }
            DemoLoadResult result = services.demoLoader().load(DemoSource.bundled(), new PercentPrinter(console));
            StoreStats stats = services.stats();
            console.result("cli.demo.loaded", services.store().config().dataDirectory(), stats.count("sku"),
                    stats.count("orders"), stats.count("ticket"), result.shiftedDays());
            return ExitCodes.SUCCESS;
        } finally {
            services.close();
        }
    }

    /** Prints the load's progress in steps of ten percent. */
    private static final class PercentPrinter implements LoadProgress {

        private final Console console;
        private int lastTenth = -1;

        PercentPrinter(Console console) {
            this.console = console;
        }

        @Override
        public void update(long done, long total) {
            int tenth = total == 0 ? 10 : (int) (done * 10 / total);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                console.progress("cli.demo.progress", tenth * 10);
            }
        }

        @Override
        public void finishing() {
            console.progress("cli.demo.finishing");
        }
    }
}

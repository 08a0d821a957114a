package io.storedesk.cli;

import io.storedesk.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `storedesk import undo --job N`: puts back what an import wrote, if nothing touched it since. */
@Command(name = "undo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Undo an import job (refused, with the reason, if its rows changed since).")
final class ImportUndoCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--job", paramLabel = "N", required = true, description = "The job number the import printed.")
    long job;

    private final StoreSessions sessions;
    private final Console console;

    ImportUndoCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    @Override
    public Integer call() {
        try (Services services = sessions.open(dataDir.value())) {
            services.imports().undo(job, services.userName());
            console.result("cli.import.undone", job);
            return ExitCodes.SUCCESS;
        }
    }
}

package io.storedesk.cli;

import io.storedesk.Services;
import io.storedesk.store.backup.BackupEntry;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `storedesk backup list`: the backups in the data directory's backups folder, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the backups in the data directory's backups folder, newest first.")
final class BackupListCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    private final StoreSessions sessions;
    private final Console console;

    BackupListCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    @Override
    public Integer call() {
        try (Services services = sessions.open(dataDir.value())) {
            List<BackupEntry> entries = services.backups().list();
            if (entries.isEmpty()) {
                console.result("backup.cli.list.empty", services.backups().folder());
                return ExitCodes.SUCCESS;
            }
            console.result("backup.cli.list.header", services.backups().folder());
            for (BackupEntry entry : entries) {
                console.raw(String.format("  %-24s %-18s %10s  %s", entry.createdAt(),
                        console.messages().get(entry.kind().messageKey()),
                        console.messages().get(entry.size().key(), entry.size().arguments()), entry.file().getFileName()));
            }
        }
        return ExitCodes.SUCCESS;
    }
}

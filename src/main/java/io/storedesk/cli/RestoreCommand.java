package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.Services;
import io.storedesk.store.backup.StagedRestore;
import io.storedesk.store.backup.VerifiedBackup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `storedesk restore --from FILE`: checks the backup, backs up the current store, stages the backup and opens
 * the store again, which swaps it in; the replaced store is kept under the data directory.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Replace the store with a verified backup; the replaced store is kept.")
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup file to restore.")
    Path from;

    @Option(names = "--json", description = "Print the outcome as JSON.")
    boolean json;

    private final StoreSessions sessions;
    private final Console console;

    RestoreCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        StagedRestore staged;
        try (Services services = sessions.open(dataDir.value())) {
            console.progress("backup.cli.verifying", from.toAbsolutePath());
            try (VerifiedBackup verified = services.backups().verify(from)) {
                staged = services.backups().stage(verified);
            }
            console.progress("backup.cli.safety", staged.safetyBackup().file());
        }
        // Opening the store again applies the staged restore before anything else touches it.
        try (Services services = sessions.open(dataDir.value())) {
            long rows = services.stats().counts().values().stream().mapToLong(Long::longValue).sum();
            Path dataDirectory = services.store().config().dataDirectory();
            if (json) {
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                ObjectNode root = mapper.createObjectNode();
                root.put("restoredFrom", staged.source().toString());
                root.put("dataDirectory", dataDirectory.toString());
                root.put("schemaVersion", services.store().schemaVersion());
                root.put("backupSchemaVersion", staged.manifest().schemaVersion());
                root.put("backupCreatedAt", staged.manifest().createdAt().toString());
                root.put("rows", rows);
                root.put("replacedStore", staged.replacedStore().toString());
                root.put("safetyBackup", staged.safetyBackup().file().toString());
                console.raw(mapper.writeValueAsString(root));
            } else {
                console.result("backup.cli.restored", staged.source(), dataDirectory, rows,
                        services.store().schemaVersion(), staged.replacedStore());
            }
        }
        return ExitCodes.SUCCESS;
    }
}

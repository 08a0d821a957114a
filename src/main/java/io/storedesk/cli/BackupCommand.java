package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.Services;
import io.storedesk.store.backup.BackupManifest;
import io.storedesk.store.backup.BackupProgress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `storedesk backup --to FILE`: a consistent copy of the store while it may be in use (decision 0023). */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write a backup of the store to a file (or list the automatic backups: backup list).")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--to", paramLabel = "FILE", description = "The backup file to write (.sdbackup).")
    Path to;

    @Option(names = "--json", description = "Print the backup's manifest as JSON.")
    boolean json;

    private final StoreSessions sessions;
    private final Console console;

    BackupCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    static CommandLine create(StoreSessions sessions, Console console) {
        CommandLine backup = new CommandLine(new BackupCommand(sessions, console));
        backup.addSubcommand(new BackupListCommand(sessions, console));
        return backup;
    }

    @Override
    public Integer call() throws Exception {
        if (to == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--to=FILE'");
        }
        try (Services services = sessions.open(dataDir.value())) {
            BackupManifest manifest = services.backups().backUpTo(to, BackupProgress.NONE);
            Path file = to.toAbsolutePath();
            if (json) {
                console.raw(toJson(file, manifest));
            } else {
                console.result("backup.cli.written", file, manifest.totalRows(), manifest.schemaVersion(),
                        manifest.payloadSha256());
            }
        }
        return ExitCodes.SUCCESS;
    }

    static String toJson(Path file, BackupManifest manifest) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = (ObjectNode) mapper.readTree(manifest.toJson());
        root.put("file", file.toString());
        root.put("rows", manifest.totalRows());
        return mapper.writeValueAsString(root);
    }
}

package io.storedesk.cli;

import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.UserAccount;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `storedesk admin create`: claims an unclaimed store with its first administrator (decision 0022). */
@Command(name = "admin", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The store's administrator.")
final class AdminCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static CommandLine create(StoreSessions sessions, Console console, CliEnvironment environment) {
        CommandLine admin = new CommandLine(new AdminCommand());
        admin.addSubcommand(new Create(sessions, console, environment));
        return admin;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** Creates the administrator; from then on the window and every command ask who is working. */
    @Command(name = "create", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Create the store's first administrator. The password is read from STOREDESK_NEW_PASSWORD "
                    + "or typed twice at the terminal (at least 8 characters, not the user name). Refused once the "
                    + "store has an administrator.")
    static final class Create implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The administrator's user name.")
        String username;

        @Option(names = "--name", paramLabel = "TEXT", description = "The name shown (default: the user name).")
        String displayName;

        private final StoreSessions sessions;
        private final Console console;
        private final CliEnvironment environment;

        Create(StoreSessions sessions, Console console, CliEnvironment environment) {
            this.sessions = sessions;
            this.console = console;
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (Services services = sessions.open(dataDir.value())) {
                if (services.users().isClaimed()) {
                    throw new RefusedInputException("security.users.alreadyClaimed");
                }
                String password = NewPasswordInput.read(environment, console, username);
                UserAccount admin = services.users().claim(username, displayName, password);
                console.result("security.users.cli.claimed", admin.username(), CliEnvironment.USER,
                        CliEnvironment.PASSWORD);
            }
            return ExitCodes.SUCCESS;
        }
    }
}

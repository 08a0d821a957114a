package io.storedesk.cli;

import io.storedesk.Services;
import io.storedesk.common.MessageKey;
import io.storedesk.security.NewUser;
import io.storedesk.security.UserAccount;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `storedesk user add`: a new person with a role, optionally in a team or a warehouse, optionally able to sign in. */
@Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Add a user. With --with-password the password is read from STOREDESK_NEW_PASSWORD or typed "
                + "twice; without it the user is listed (e.g. for tickets) but cannot sign in.")
final class UserAddCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "USERNAME")
    String username;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "ADMIN, MANAGER, OPERATOR, AGENT or WAREHOUSE.")
    String role;

    @Option(names = "--name", paramLabel = "TEXT", description = "The name shown (default: the user name).")
    String displayName;

    @Option(names = "--team", paramLabel = "CODE", description = "The after-sales team they belong to.")
    String team;

    @Option(names = "--warehouse", paramLabel = "CODE", description = "The warehouse they work in.")
    String warehouse;

    @Option(names = "--with-password", description = "Give the user a password so they can sign in.")
    boolean withPassword;

    private final StoreSessions sessions;
    private final Console console;
    private final CliEnvironment environment;

    UserAddCommand(StoreSessions sessions, Console console, CliEnvironment environment) {
        this.sessions = sessions;
        this.console = console;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Services services = sessions.open(dataDir.value())) {
            Long teamId = team == null ? null : services.users().teamId(team);
            Long warehouseId = warehouse == null ? null : services.users().warehouseId(warehouse);
            String password = withPassword ? NewPasswordInput.read(environment, console, username) : null;
            UserAccount added = services.users().add(new NewUser(username, displayName, UserCommand.role(role),
                    teamId, warehouseId), password);
            console.result("security.users.cli.added", added.username(),
                    new MessageKey("security.role." + added.role().name()));
        }
        return ExitCodes.SUCCESS;
    }
}

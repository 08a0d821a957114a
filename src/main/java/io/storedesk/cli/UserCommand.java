package io.storedesk.cli;

import io.storedesk.Services;
import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Role;
import io.storedesk.security.UserAccount;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `storedesk user add|list|role|deactivate|passwd`: the administrator's user management without a window. Each
 * edit reads the account and saves against the version it read, so an edit from a window meanwhile is not lost.
 */
@Command(name = "user", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "People who work in StoreDesk: add, list, change role, deactivate, set a password. "
                + "Needs the right to manage users.")
final class UserCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static CommandLine create(StoreSessions sessions, Console console, CliEnvironment environment) {
        CommandLine user = new CommandLine(new UserCommand());
        user.addSubcommand(new UserAddCommand(sessions, console, environment));
        user.addSubcommand(new UserListCommand(sessions, console));
        user.addSubcommand(new ChangeRole(sessions, console));
        user.addSubcommand(new Deactivate(sessions, console));
        user.addSubcommand(new Passwd(sessions, console, environment));
        return user;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** ADMIN, manager, Operator…: a role by its code, in any case; refused with the valid codes otherwise. */
    static Role role(String code) {
        try {
            return Role.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RefusedInputException("security.users.cli.badRole", code, "ADMIN, MANAGER, OPERATOR, AGENT, "
                    + "WAREHOUSE");
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Give a user another role (ADMIN, MANAGER, OPERATOR, AGENT, WAREHOUSE).")
    static final class ChangeRole implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Parameters(index = "1", paramLabel = "ROLE")
        String role;

        private final StoreSessions sessions;
        private final Console console;

        ChangeRole(StoreSessions sessions, Console console) {
            this.sessions = sessions;
            this.console = console;
        }

        @Override
        public Integer call() {
            Role next = role(role);
            try (Services services = sessions.open(dataDir.value())) {
                UserAccount account = services.users().find(username);
                UserAccount changed = services.users().changeRole(account.username(), next, account.version());
                console.result("security.users.cli.roleChanged", changed.username(),
                        new MessageKey("security.role." + changed.role().name()));
            }
            return ExitCodes.SUCCESS;
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Stop a user from signing in (their history stays).")
    static final class Deactivate implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        private final StoreSessions sessions;
        private final Console console;

        Deactivate(StoreSessions sessions, Console console) {
            this.sessions = sessions;
            this.console = console;
        }

        @Override
        public Integer call() {
            try (Services services = sessions.open(dataDir.value())) {
                UserAccount account = services.users().find(username);
                services.users().deactivate(account.username(), account.version());
                console.result("security.users.cli.deactivated", account.username());
            }
            return ExitCodes.SUCCESS;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Set a user's password (from STOREDESK_NEW_PASSWORD or typed twice); ends a lockout.")
    static final class Passwd implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        private final StoreSessions sessions;
        private final Console console;
        private final CliEnvironment environment;

        Passwd(StoreSessions sessions, Console console, CliEnvironment environment) {
            this.sessions = sessions;
            this.console = console;
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (Services services = sessions.open(dataDir.value())) {
                UserAccount account = services.users().find(username);
                String password = NewPasswordInput.read(environment, console, account.username());
                services.users().resetPassword(account.username(), password, account.version());
                console.result("security.users.cli.passwordSet", account.username());
            }
            return ExitCodes.SUCCESS;
        }
    }
}

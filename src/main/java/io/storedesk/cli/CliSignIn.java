package io.storedesk.cli;

import io.storedesk.Services;
import io.storedesk.store.StoreLocation;
import io.storedesk.common.RefusedInputException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Signs every command in before it works on a claimed store (decision 0022): with --user NAME and the password
 * typed at the terminal, or with STOREDESK_USER and STOREDESK_PASSWORD. Without them the command is refused
 * (exit code 2) with what to set. An unclaimed store works as its local owner, as before.
 */
final class CliSignIn {

    private final CliEnvironment environment;
    private final Console console;
    private volatile String userOption;

    CliSignIn(CliEnvironment environment, Console console) {
        this.environment = environment;
        this.console = console;
    }

    /** The sessions every command gets: the store opened, then signed in as the command line says. */
    StoreSessions around(StoreSessions opener) {
        // Both ways of opening are wrapped, so a PostgreSQL store (--db-url) is signed in too.
        return new StoreSessions() {
            @Override
            public Services open(String dataDirectory) {
                return signedIn(opener.open(dataDirectory));
            }

            @Override
            public Services open(StoreLocation location) {
                return signedIn(opener.open(location));
            }
        };
    }

    private Services signedIn(Services services) {
        try {
            signIn(services);
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /** Gives every command that opens a store (those with --data-dir) the --user option. */
    void addUserOption(CommandLine root) {
        for (CommandLine command : root.getSubcommands().values()) {
            CommandSpec spec = command.getCommandSpec();
            if (spec.findOption("--data-dir") != null && spec.findOption("--user") == null) {
                spec.addOption(OptionSpec.builder("--user").paramLabel("NAME").type(String.class)
                        .description("Sign in as this user (the password is asked at the terminal); on a store "
                                + "with an administrator, STOREDESK_USER and STOREDESK_PASSWORD do the same.")
                        .setter(new ISetter() {
                            @Override
                            public <T> T set(T value) {
                                userOption = (String) value;
                                return null;
                            }
                        }).build());
            }
            addUserOption(command);
        }
    }

    private void signIn(Services services) {
        String user = Optional.ofNullable(userOption).filter(u -> !u.isBlank())
                .or(() -> environment.variable(CliEnvironment.USER)).orElse(null);
        if (user == null) {
            if (services.users().isClaimed()) {
                throw new RefusedInputException("security.auth.cli.required", CliEnvironment.USER,
                        CliEnvironment.PASSWORD);
            }
            return;
        }
        String password = password(user).orElseThrow(() -> new RefusedInputException(
                "security.auth.cli.passwordRequired", user, CliEnvironment.PASSWORD));
        services.signIn().signIn(user, password);
    }

    /** With --user the terminal is asked first; with STOREDESK_USER the variable is read first. */
    private Optional<String> password(String user) {
        String prompt = console.messages().get("security.auth.cli.passwordPrompt", user);
        if (userOption != null) {
            return environment.readSecret(prompt).or(() -> environment.variable(CliEnvironment.PASSWORD));
        }
        return environment.variable(CliEnvironment.PASSWORD).or(() -> environment.readSecret(prompt));
    }
}

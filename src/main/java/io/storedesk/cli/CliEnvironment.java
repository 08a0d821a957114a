package io.storedesk.cli;

import java.io.Console;
import java.util.Map;
import java.util.Optional;

/** What a command reads besides its arguments: environment variables and secrets typed at the terminal. */
public interface CliEnvironment {

    String USER = "STOREDESK_USER";
    String PASSWORD = "STOREDESK_PASSWORD";
    String NEW_PASSWORD = "STOREDESK_NEW_PASSWORD";

    /** The variable's value; empty when unset or blank. */
    Optional<String> variable(String name);

    /** A secret typed at the terminal without echo; empty when there is no terminal (a script, CI). */
    Optional<String> readSecret(String prompt);

    /** The process's environment and its terminal. */
    static CliEnvironment system() {
        return new CliEnvironment() {
            @Override
            public Optional<String> variable(String name) {
                return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
            }

            @Override
            public Optional<String> readSecret(String prompt) {
                Console terminal = System.console();
                if (terminal == null) {
                    return Optional.empty();
                }
                char[] typed = terminal.readPassword("%s", prompt);
                return typed == null ? Optional.empty() : Optional.of(new String(typed));
            }
        };
    }

    /** Fixed variables and no terminal, for tests. */
    static CliEnvironment of(Map<String, String> variables) {
        return new CliEnvironment() {
            @Override
            public Optional<String> variable(String name) {
                return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
            }

            @Override
            public Optional<String> readSecret(String prompt) {
                return Optional.empty();
            }
        };
    }
}

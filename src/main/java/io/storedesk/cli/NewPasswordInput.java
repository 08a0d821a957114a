package io.storedesk.cli;

import io.storedesk.common.RefusedInputException;
import java.util.Optional;

/** A new password for a command: STOREDESK_NEW_PASSWORD, else typed twice at the terminal without echo. */
final class NewPasswordInput {

    private NewPasswordInput() {
    }

    static String read(CliEnvironment environment, Console console, String username) {
        Optional<String> given = environment.variable(CliEnvironment.NEW_PASSWORD);
        if (given.isPresent()) {
            return given.get();
        }
        String first = environment.readSecret(console.messages().get("security.users.cli.newPasswordPrompt",
                username)).orElseThrow(() -> new RefusedInputException("security.users.cli.newPasswordRequired",
                        CliEnvironment.NEW_PASSWORD));
        String again = environment.readSecret(console.messages().get("security.users.cli.repeatPrompt"))
                .orElse("");
        if (!first.equals(again)) {
            throw new RefusedInputException("security.users.passwordsDiffer");
        }
        return first;
    }
}

package io.storedesk.sync.credentials;

import io.storedesk.common.RefusedInputException;
import java.util.regex.Pattern;

/**
 * Where a channel's secrets are kept, as stored in channel.credential_ref (decision 0019): never the secret,
 * only a reference to it. {@code env:SECRET_VAR} or {@code env:KEY_VAR,SECRET_VAR} name environment
 * variables read at sync time; {@code vault:ID} names an entry of the encrypted vault in the data directory.
 */
public sealed interface CredentialRef {

    Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    String text();

    static CredentialRef parse(String text) {
        if (text == null || text.isBlank()) {
            return new None();
        }
        if (text.startsWith("env:")) {
            String[] names = text.substring(4).split(",", -1);
            if (names.length == 1) {
                return new Env(null, names[0]);
            }
            if (names.length == 2) {
                return new Env(names[0], names[1]);
            }
        } else if (text.startsWith("vault:") && text.length() > 6) {
            return new Vault(text.substring(6));
        }
        throw new RefusedInputException("sync.credentials.badRef", text);
    }

    /** The channel needs no sign-in (or has none yet). */
    record None() implements CredentialRef {
        @Override
        public String text() {
            return null;
        }
    }

    /** keyVariable null = the API takes one token (the secret). */
    record Env(String keyVariable, String secretVariable) implements CredentialRef {

        public Env {
            check(secretVariable);
            if (keyVariable != null) {
                check(keyVariable);
            }
        }

        private static void check(String name) {
            if (name == null || !VARIABLE.matcher(name).matches()) {
                throw new RefusedInputException("sync.credentials.badVariable", String.valueOf(name));
            }
        }

        @Override
        public String text() {
            return "env:" + (keyVariable == null ? "" : keyVariable + ",") + secretVariable;
        }
    }

    record Vault(String id) implements CredentialRef {
        @Override
        public String text() {
            return "vault:" + id;
        }
    }
}

package io.storedesk.sync.credentials;

import io.storedesk.common.RefusedInputException;
import io.storedesk.sync.ChannelCredentials;
import java.util.function.UnaryOperator;

/**
 * Turns what a person gives for a channel's sign-in into a {@link CredentialRef} to store, and a stored ref
 * back into {@link ChannelCredentials} at sync time. The environment is a parameter so tests can give one.
 */
public final class ChannelSecrets {

    private final CredentialVault vault;
    private final UnaryOperator<String> environment;

    public ChannelSecrets(CredentialVault vault, UnaryOperator<String> environment) {
        this.vault = vault;
        this.environment = environment;
    }

    public static ChannelSecrets system(CredentialVault vault) {
        return new ChannelSecrets(vault, System::getenv);
    }

    /** Keeps typed secrets in the vault; returns the ref to store. secret blank = refused. */
    public CredentialRef keep(String key, String secret) {
        if (secret == null || secret.isBlank()) {
            throw new RefusedInputException("sync.credentials.secretMissing");
        }
        return new CredentialRef.Vault(vault.put(new StoredSecret(blankToNull(key), secret)));
    }

    /** The credentials a ref stands for; database is the channel's setting (Odoo), not a secret. */
    public ChannelCredentials resolve(String refText, String database) {
        CredentialRef ref = CredentialRef.parse(refText);
        if (ref instanceof CredentialRef.Env env) {
            String key = env.keyVariable() == null ? null : variable(env.keyVariable());
            return new ChannelCredentials(key, variable(env.secretVariable()), database);
        }
        if (ref instanceof CredentialRef.Vault v) {
            StoredSecret secret = vault.get(v.id())
                    .orElseThrow(() -> new RefusedInputException("sync.credentials.vaultMissing", v.id()));
            return new ChannelCredentials(secret.key(), secret.secret(), database);
        }
        return new ChannelCredentials(null, null, database);
    }

    /** Forgets a vault entry when its channel goes (env refs leave the environment alone). */
    public void forget(String refText) {
        if (CredentialRef.parse(refText) instanceof CredentialRef.Vault v) {
            vault.remove(v.id());
        }
    }

    private String variable(String name) {
        String value = environment.apply(name);
        if (value == null || value.isBlank()) {
            throw new RefusedInputException("sync.credentials.envMissing", name);
        }
        return value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

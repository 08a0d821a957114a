package io.storedesk.sync.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.common.UserFacingException;
import io.storedesk.sync.ChannelCredentials;
import io.storedesk.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialVaultTest {

    private final Path directory = TestStores.newDirectory();
    private final VaultKey key = new VaultKey(directory.resolve("keys").resolve("vault.key"));
    private final CredentialVault vault = new CredentialVault(directory.resolve("data").resolve("vault.json"), key);

    @Test
    void aSecretComesBackOnlyWithItsKeyAndTheFilesHoldNoPlainText() throws Exception {
        String id = vault.put(new StoredSecret("ck_4f2a", "cs_live_SECRET_0123456789"));

        assertThat(vault.get(id)).contains(new StoredSecret("ck_4f2a", "cs_live_SECRET_0123456789"));
        String file = Files.readString(directory.resolve("data").resolve("vault.json"));
        assertThat(file).doesNotContain("cs_live_SECRET").doesNotContain("ck_4f2a");
        if (Files.getFileStore(key.file()).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.file()))).isEqualTo("rw-------");
        }

        CredentialVault otherKey = new CredentialVault(directory.resolve("data").resolve("vault.json"),
                new VaultKey(directory.resolve("elsewhere.key")));
        assertThatThrownBy(() -> otherKey.get(id)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("sync.credentials.vaultUnreadable");
        vault.remove(id);
        assertThat(vault.get(id)).isEmpty();
    }

    @Test
    void referencesNameVariablesOrVaultEntriesNeverSecrets() {
        assertThat(CredentialRef.parse("env:SHOP_TOKEN")).isEqualTo(new CredentialRef.Env(null, "SHOP_TOKEN"));
        assertThat(CredentialRef.parse("env:WC_KEY,WC_SECRET").text()).isEqualTo("env:WC_KEY,WC_SECRET");
        assertThat(CredentialRef.parse("vault:abc")).isEqualTo(new CredentialRef.Vault("abc"));
        assertThatThrownBy(() -> CredentialRef.parse("shpat_0123456789")).hasMessageContaining("sync.credentials.badRef");
        assertThatThrownBy(() -> CredentialRef.parse("env:not a name"))
                .hasMessageContaining("sync.credentials.badVariable");
    }

    @Test
    void environmentReferencesAreReadAtUseAndAMissingVariableIsNamed() {
        ChannelSecrets secrets = new ChannelSecrets(vault, Map.of("WC_KEY", "ck_1", "WC_SECRET", "cs_2")::get);

        assertThat(secrets.resolve("env:WC_KEY,WC_SECRET", null)).isEqualTo(new ChannelCredentials("ck_1", "cs_2", null));
        assertThatThrownBy(() -> secrets.resolve("env:SHOP_TOKEN", null))
                .hasMessageContaining("sync.credentials.envMissing").hasMessageContaining("SHOP_TOKEN");
    }

    @Test
    void secretsAreShownMasked() {
        assertThat(Secrets.masked("shpat_0123456789abcd")).isEqualTo("••••abcd");
        assertThat(Secrets.masked("short")).isEqualTo("••••");
        assertThat(Secrets.masked(null)).isEmpty();
        assertThat(new StoredSecret("login", "shpat_0123456789abcd").toString()).doesNotContain("0123456789");
    }
}

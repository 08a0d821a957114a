package io.storedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storedesk.Desk;
import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.sync.credentials.CredentialVault;
import io.storedesk.sync.credentials.VaultKey;
import io.storedesk.testing.PostgresStores;
import io.storedesk.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The database connection saved in the window: the next start opens it unless the start names a server. */
class SavedConnectionTest {

    private static final String URL = "jdbc:postgresql://db.example:5432/shop";

    private final Path dataDirectory = TestStores.newDirectory();
    private final SavedConnection saved = new SavedConnection(dataDirectory, new CredentialVault(
            dataDirectory.resolve("secrets").resolve("channel-secrets.json"),
            new VaultKey(TestStores.newDirectory().resolve("vault.key"))));

    @Test
    void aSavedServerKeepsItsPasswordOnlyInTheEncryptedVault() throws Exception {
        saved.useServer(URL, "desk", "s3cret-Passw0rd");

        assertThat(saved.server()).contains(new SavedConnection.Server(URL, "desk"));
        StoreConfig config = saved.config(dataDirectory).orElseThrow();
        assertThat(config.jdbcUrl()).isEqualTo(URL);
        assertThat(config.user()).isEqualTo("desk");
        assertThat(config.password()).isEqualTo("s3cret-Passw0rd");
        assertThat(Files.readString(saved.file())).contains("user=desk").doesNotContain("s3cret");
        assertThat(Files.readString(dataDirectory.resolve("secrets").resolve("channel-secrets.json")))
                .doesNotContain("s3cret");
    }

    @Test
    void anEmptyPasswordKeepsTheSavedOneForTheSameServerOnly() {
        saved.useServer(URL, "desk", "first-password");

        saved.useServer(URL, "desk", null);
        assertThat(saved.config(dataDirectory).orElseThrow().password()).isEqualTo("first-password");

        saved.useServer("jdbc:postgresql://other:5432/shop", "desk", null);
        assertThat(saved.hasPassword()).isFalse();
        assertThat(saved.config(dataDirectory).orElseThrow().password()).isEmpty();
    }

    @Test
    void backToThisComputerForgetsTheServerAndItsPassword() {
        saved.useServer(URL, "desk", "first-password");

        saved.useThisComputer();

        assertThat(saved.server()).isEmpty();
        assertThat(saved.hasPassword()).isFalse();
        assertThat(Files.exists(saved.file())).isFalse();
    }

    @Test
    void onlyPostgresqlAddressesWithoutAPasswordInThemAreSaved() {
        assertThatThrownBy(() -> saved.useServer("jdbc:mysql://db/shop", "desk", "pw"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("store.server.unsupportedUrl"));
        assertThatThrownBy(() -> saved.useServer(URL + "?password=x", "desk", "pw"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("store.server.passwordInUrl"));
        assertThat(saved.server()).isEmpty();
    }

    @Test
    void startUpOpensTheSavedServerButAnExplicitUrlOrTheEnvironmentWins() {
        SavedConnection.in(dataDirectory).useServer(URL, "desk", "pw-from-the-vault");
        try {
            StoreLocation plain = StoreLocation.of(dataDirectory.toString());
            assertThat(plain.config(dataDirectory, Map.of()).jdbcUrl()).isEqualTo(URL);
            assertThat(plain.config(dataDirectory, Map.of()).password()).isEqualTo("pw-from-the-vault");
            assertThat(plain.namesServer(Map.of())).isFalse();

            Map<String, String> env = Map.of(StoreLocation.ENV_URL, "jdbc:postgresql://env:5432/x");
            assertThat(plain.config(dataDirectory, env).jdbcUrl()).isEqualTo("jdbc:postgresql://env:5432/x");
            assertThat(plain.namesServer(env)).isTrue();
            StoreLocation explicit = new StoreLocation(dataDirectory.toString(), "jdbc:postgresql://cli:5432/y", "u");
            assertThat(explicit.config(dataDirectory, Map.of()).jdbcUrl()).isEqualTo("jdbc:postgresql://cli:5432/y");
        } finally {
            SavedConnection.in(dataDirectory).useThisComputer();
        }
        assertThat(StoreLocation.of(null).config(dataDirectory, Map.of()).isEmbedded()).isTrue();
    }

    @Test
    void aSavedPostgresqlServerIsTheStoreTheNextStartOpens() {
        assumeTrue(PostgresStores.enabled(), "PostgreSQL pass only (STOREDESK_TEST_PG_URL)");
        Path desk = TestStores.newDirectory();
        StoreConfig server = PostgresStores.emptyStore(TestStores.newDirectory());
        SavedConnection.in(desk).useServer(server.jdbcUrl(), server.user(), server.password());
        try (Services services = Desk.open(StoreLocation.of(desk.toString()), TestStores.DEMO_CLOCK)) {
            assertThat(services.store().config().jdbcUrl()).isEqualTo(server.jdbcUrl());
            assertThat(services.store().config().dataDirectory()).isEqualTo(desk);
        } finally {
            SavedConnection.in(desk).useThisComputer();
        }
    }
}

package io.storedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.common.RefusedInputException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    private static final Path DIR = Path.of("/tmp/desk");

    @Test
    void withoutAServerTheStoreIsTheDataDirectorysH2File() {
        StoreConfig config = StoreLocation.of("/tmp/desk").config(DIR, Map.of());

        assertThat(config.isServer()).isFalse();
        assertThat(config.jdbcUrl()).startsWith("jdbc:h2:file:");
    }

    @Test
    void theOptionWinsOverTheEnvironmentAndThePasswordComesOnlyFromTheEnvironment() {
        Map<String, String> env = Map.of(StoreLocation.ENV_URL, "jdbc:postgresql://db:5432/other",
                StoreLocation.ENV_USER, "env_user", StoreLocation.ENV_PASSWORD, "s3cret");

        StoreConfig config = new StoreLocation(null, "jdbc:postgresql://db:5432/shop", "desk")
                .config(DIR, env);

        assertThat(config.isServer()).isTrue();
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/shop");
        assertThat(config.user()).isEqualTo("desk");
        assertThat(config.password()).isEqualTo("s3cret");
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void theEnvironmentAloneNamesAServer() {
        StoreConfig config = StoreLocation.of(null).config(DIR,
                Map.of(StoreLocation.ENV_URL, "jdbc:postgresql://db/shop?ssl=true", StoreLocation.ENV_USER, "u"));

        assertThat(config.user()).isEqualTo("u");
        assertThat(config.password()).isEmpty();
        assertThat(config.displayUrl()).isEqualTo("jdbc:postgresql://db/shop");
    }

    @Test
    void otherDatabasesAndPasswordsInTheUrlAreRefused() {
        assertThatThrownBy(() -> new StoreLocation(null, "jdbc:mysql://db/shop", null).config(DIR, Map.of()))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("store.server.unsupportedUrl"));
        assertThatThrownBy(() -> new StoreLocation(null, "jdbc:postgresql://db/shop?user=a&Password=b", null)
                .config(DIR, Map.of()))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("store.server.passwordInUrl"));
    }

    @Test
    void anUnreachableServerIsAMessageNamingItNotAStackTrace() {
        StoreConfig config = StoreConfig.server(io.storedesk.testing.TestStores.newDirectory(),
                "jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2", "nobody", "");

        assertThatThrownBy(() -> Store.open(config))
                .isInstanceOfSatisfying(io.storedesk.common.UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("store.server.error.connect");
                    assertThat(e.arguments()[0]).isEqualTo("jdbc:postgresql://127.0.0.1:1/nothing");
                });
    }
}

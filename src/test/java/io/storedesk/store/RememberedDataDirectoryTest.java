package io.storedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A data directory chosen in the first-run wizard is found by the next start; explicit choices still win. */
class RememberedDataDirectoryTest {

    @Test
    void theRememberedDirectoryReplacesTheUsualOne() {
        Path home = TestStores.newDirectory();
        Path usual = home.resolve(".local").resolve("share").resolve("storedesk");
        Path chosen = TestStores.newDirectory().resolve("shop");
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", home.toString())).isEqualTo(usual);

        RememberedDataDirectory.in(usual).remember(chosen);

        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", home.toString())).isEqualTo(chosen);
        assertThat(DataDirectory.resolve(null, Map.of("STOREDESK_HOME", "/opt/desk"), "Linux", home.toString()))
                .isEqualTo(Path.of("/opt/desk").toAbsolutePath());
        assertThat(DataDirectory.resolve("/srv/shop", Map.of(), "Linux", home.toString()))
                .isEqualTo(Path.of("/srv/shop").toAbsolutePath());
    }

    @Test
    void aMissingOrBlankPointerMeansNothingIsRemembered() throws Exception {
        Path usual = TestStores.newDirectory();
        assertThat(RememberedDataDirectory.in(usual).read()).isEmpty();
        Files.writeString(usual.resolve(RememberedDataDirectory.FILE_NAME), "  \n");
        assertThat(RememberedDataDirectory.in(usual).read()).isEmpty();
    }
}

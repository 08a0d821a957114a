package io.storedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final String HOME = Path.of("/home/lin").toAbsolutePath().toString();

    @Test
    void explicitDirectoryWinsOverEnvironmentAndDefaults() {
        Path resolved = DataDirectory.resolve("/srv/shop", Map.of("STOREDESK_HOME", "/elsewhere"), "Linux", HOME);
        assertThat(resolved).isEqualTo(Path.of("/srv/shop").toAbsolutePath());
    }

    @Test
    void environmentVariableWinsOverTheOsDefault() {
        Path resolved = DataDirectory.resolve(null, Map.of("STOREDESK_HOME", "/opt/desk"), "Linux", HOME);
        assertThat(resolved).isEqualTo(Path.of("/opt/desk").toAbsolutePath());
    }

    @Test
    void blankValuesAreIgnored() {
        Path resolved = DataDirectory.resolve("  ", Map.of("STOREDESK_HOME", ""), "Linux", HOME);
        assertThat(resolved).isEqualTo(Path.of(HOME, ".local", "share", "storedesk"));
    }

    @Test
    void linuxFollowsXdgDataHome() {
        Path resolved = DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME);
        assertThat(resolved).isEqualTo(Path.of("/data/xdg", "storedesk"));
    }

    @Test
    void macUsesApplicationSupport() {
        Path resolved = DataDirectory.resolve(null, Map.of(), "Mac OS X", HOME);
        assertThat(resolved).isEqualTo(Path.of(HOME, "Library", "Application Support", "StoreDesk"));
    }

    @Test
    void windowsUsesLocalAppData() {
        Path resolved = DataDirectory.resolve(null, Map.of("LOCALAPPDATA", "/c/Users/lin/AppData/Local"),
                "Windows 11", HOME);
        assertThat(resolved).isEqualTo(Path.of("/c/Users/lin/AppData/Local", "StoreDesk"));
    }

    @Test
    void windowsWithoutEnvironmentFallsBackToTheProfile() {
        Path resolved = DataDirectory.resolve(null, Map.of(), "Windows 10", HOME);
        assertThat(resolved).isEqualTo(Path.of(HOME, "AppData", "Local", "StoreDesk"));
    }
}

package io.storedesk.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a desk keeps its store, logs and backups. An explicit --data-dir wins, then STOREDESK_HOME,
 * then a directory chosen in the first-run wizard ({@link RememberedDataDirectory}), then the operating system's
 * usual place for per-user application data.
 */
public final class DataDirectory {

    public static final String ENV_HOME = "STOREDESK_HOME";

    private DataDirectory() {
    }

    public static Path resolve(String explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(String explicit, Map<String, String> env, String osName, String userHome) {
        if (hasText(explicit)) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        if (hasText(env.get(ENV_HOME))) {
            return Path.of(env.get(ENV_HOME)).toAbsolutePath().normalize();
        }
        Path usual = osDefault(env, osName.toLowerCase(Locale.ROOT), Path.of(userHome));
        return RememberedDataDirectory.in(usual).read().orElse(usual);
    }

    /** The operating system's usual place, where the pointer to a chosen directory is kept. */
    public static Path usual() {
        Map<String, String> env = System.getenv();
        return osDefault(env, System.getProperty("os.name", "").toLowerCase(Locale.ROOT),
                Path.of(System.getProperty("user.home")));
    }

    private static Path osDefault(Map<String, String> env, String os, Path home) {
        if (os.startsWith("windows")) {
            String base = hasText(env.get("LOCALAPPDATA")) ? env.get("LOCALAPPDATA") : env.get("APPDATA");
            return (hasText(base) ? Path.of(base) : home.resolve("AppData").resolve("Local")).resolve("StoreDesk");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("StoreDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (hasText(xdg) ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("storedesk");
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}

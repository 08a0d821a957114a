package io.storedesk.security;

import io.storedesk.store.SettingsRepository;
import java.time.Duration;

/** After how long without input the window locks: the shop setting security.idle_lock_minutes (default 15, 0 = never). */
public final class IdleLockSetting {

    public static final String KEY = "security.idle_lock_minutes";
    public static final Duration DEFAULT = Duration.ofMinutes(15);

    private final SettingsRepository settings;

    public IdleLockSetting(SettingsRepository settings) {
        this.settings = settings;
    }

    public Duration idleLock() {
        return settings.get(KEY).map(String::strip).filter(v -> v.matches("\\d{1,4}"))
                .map(v -> Duration.ofMinutes(Long.parseLong(v))).orElse(DEFAULT);
    }
}

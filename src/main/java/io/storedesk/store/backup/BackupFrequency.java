package io.storedesk.store.backup;

import java.time.Duration;
import java.util.Optional;

/** How often the automatic backup runs while the window is open; daily unless the shop chose otherwise. */
public enum BackupFrequency {
    DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7)), OFF(null);

    public static final BackupFrequency DEFAULT = DAILY;

    private final Duration interval;

    BackupFrequency(Duration interval) {
        this.interval = interval;
    }

    /** How old the newest scheduled backup may get before the next one; empty when scheduled backups are off. */
    public Optional<Duration> interval() {
        return Optional.ofNullable(interval);
    }
}

package io.storedesk.store.backup;

import java.util.Locale;
import java.util.Optional;

/** Why a backup was made; the kind is part of the file name and decides how long the backup is kept. */
public enum BackupKind {
    /** Made by a person ("Back up now", `storedesk backup`): never pruned. */
    MANUAL,
    DAILY,
    BEFORE_MIGRATION,
    BEFORE_IMPORT,
    BEFORE_RESTORE;

    /** The kind as it appears in a file name: daily, before-migration, ... */
    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "backup.kind." + name();
    }

    static Optional<BackupKind> fromToken(String token) {
        for (BackupKind kind : values()) {
            if (kind.token().equals(token)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

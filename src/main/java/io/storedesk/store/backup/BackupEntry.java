package io.storedesk.store.backup;

import java.nio.file.Path;
import java.time.Instant;

/** A backup file in the data directory's backups folder: its kind and time come from its name. */
public record BackupEntry(Path file, BackupKind kind, Instant createdAt, long bytes) {

    /** The size as the backups dialog shows it: whole kilobytes, and never 0 for a file that holds something. */
    public long kilobytes() {
        return Math.max(1, bytes / 1024);
    }
}

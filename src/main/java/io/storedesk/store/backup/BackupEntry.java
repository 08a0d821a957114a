package io.storedesk.store.backup;

import java.nio.file.Path;
import java.time.Instant;

/** A backup file in the data directory's backups folder: its kind and time come from its name. */
public record BackupEntry(Path file, BackupKind kind, Instant createdAt, long bytes) {
}

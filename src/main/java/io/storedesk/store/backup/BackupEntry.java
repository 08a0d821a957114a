package io.storedesk.store.backup;

import io.storedesk.common.FileSize;
import io.storedesk.common.MessageKey;
import java.nio.file.Path;
import java.time.Instant;

/** A backup file in the data directory's backups folder: its kind and time come from its name. */
public record BackupEntry(Path file, BackupKind kind, Instant createdAt, long bytes) {

    /** The size as a person reads it ("122 MB"), for the dialog, its notice and the command line. */
    public MessageKey size() {
        return FileSize.of(bytes);
    }
}

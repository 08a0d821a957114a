package io.storedesk.store.backup;

import java.nio.file.Path;

/**
 * A verified backup waiting in the data directory to replace the store the next time the store opens;
 * replacedStore is where the current store will be kept.
 */
public record StagedRestore(Path source, BackupManifest manifest, Path replacedStore, BackupEntry safetyBackup) {
}

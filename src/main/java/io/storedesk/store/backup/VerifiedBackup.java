package io.storedesk.store.backup;

import java.nio.file.Path;

/**
 * A backup file that passed every check, with its database already unpacked into a work folder under the data
 * directory, ready to be staged; close it to throw the unpacked copy away.
 */
public final class VerifiedBackup implements AutoCloseable {

    private final Path source;
    private final BackupManifest manifest;
    private final Path workDirectory;
    private final Path database;

    VerifiedBackup(Path source, BackupManifest manifest, Path workDirectory, Path database) {
        this.source = source;
        this.manifest = manifest;
        this.workDirectory = workDirectory;
        this.database = database;
    }

    public Path source() {
        return source;
    }

    public BackupManifest manifest() {
        return manifest;
    }

    Path database() {
        return database;
    }

    @Override
    public void close() {
        WorkFiles.deleteTree(workDirectory);
    }
}

package io.storedesk.store.backup;

/** How far a backup or a check has come, in steps (copy, check, write). */
@FunctionalInterface
public interface BackupProgress {

    BackupProgress NONE = (done, total) -> { };

    void step(int done, int total);
}

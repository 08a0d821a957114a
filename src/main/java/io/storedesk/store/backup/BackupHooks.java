package io.storedesk.store.backup;

import io.storedesk.AppInfo;
import io.storedesk.store.StoreConfig;
import io.storedesk.store.StoreFiles;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What {@link io.storedesk.store.Store#open} does for backups: finish a staged restore, back up before migrating. */
public final class BackupHooks {

    private static final Logger LOG = LoggerFactory.getLogger(BackupHooks.class);

    private BackupHooks() {
    }

    /** Backups and restores are of the embedded H2 file store only. */
    public static boolean isFileStore(StoreConfig config) {
        return config.jdbcUrl().startsWith("jdbc:h2:file:");
    }

    /** Before the pool connects: applies a restore staged before the desk last closed. */
    public static void beforeOpen(StoreConfig config) {
        if (isFileStore(config) && config.jdbcUrl().contains(StoreFiles.databaseDirectory(config.dataDirectory())
                .toString())) {
            PendingRestore.applyIfStaged(config.dataDirectory(), StoreFiles.databaseDirectory(config.dataDirectory()));
        }
    }

    /** Before Flyway changes an existing store: a backup of it as it was (kept as before-migration). */
    public static void beforeMigration(StoreConfig config, DataSource dataSource, String fromVersion) {
        if (!isFileStore(config)) {
            return;
        }
        LOG.info("Store at schema version {} has migrations pending: backing it up first", fromVersion);
        BackupFolder folder = new BackupFolder(config.dataDirectory());
        folder.deleteLeftovers();
        new BackupWriter(Clock.systemUTC(), AppInfo.version()).write(dataSource, BackupKind.BEFORE_MIGRATION,
                folder.newFile(BackupKind.BEFORE_MIGRATION, Clock.systemUTC().instant()), BackupProgress.NONE);
        for (BackupEntry old : Retention.toDelete(folder.list())) {
            WorkFiles.deleteTree(old.file());
        }
    }
}

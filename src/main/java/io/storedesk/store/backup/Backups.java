package io.storedesk.store.backup;

import io.storedesk.common.RefusedInputException;
import io.storedesk.common.UserFacingException;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the embedded store and restores from them: by hand (needs {@link Permission#BACKUP}), and
 * automatically (daily, before large imports, before restores; before migrations see {@link BackupHooks}).
 * One backup or restore runs at a time.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    /** Imports of at least this many rows are preceded by a backup unless the setting says otherwise. */
    public static final long LARGE_IMPORT_ROWS = 10_000;
    public static final String LARGE_IMPORT_SETTING = "backup.largeImportRows";

    private final StoreConfig config;
    private final DataSource dataSource;
    private final Access access;
    private final Clock clock;
    private final BackupFolder folder;
    private final BackupWriter writer;
    private final LongSupplier largeImportRows;
    private final Supplier<BackupFrequency> frequency;
    private final Object oneAtATime = new Object();

    public Backups(Store store, Access access, Clock clock, String appVersion, LongSupplier largeImportRows) {
        this(store, access, clock, appVersion, largeImportRows, () -> BackupFrequency.DEFAULT);
    }

    /** frequency is read at every check, so a change in the settings applies from the next hourly check. */
    public Backups(Store store, Access access, Clock clock, String appVersion, LongSupplier largeImportRows,
            Supplier<BackupFrequency> frequency) {
        this.config = store.config();
        this.dataSource = store.dataSource();
        this.access = access;
        this.clock = clock;
        this.folder = new BackupFolder(config.dataDirectory());
        this.writer = new BackupWriter(clock, appVersion);
        this.largeImportRows = largeImportRows;
        this.frequency = frequency;
    }

    /** Whether this store is a file that can be backed up here (a PostgreSQL store is backed up by its server). */
    public boolean isAvailable() {
        return BackupHooks.isFileStore(config);
    }

    public Path folder() {
        return folder.directory();
    }

    /** The backups in the backups folder, newest first. */
    public List<BackupEntry> list() {
        access.require(Permission.BACKUP);
        return folder.list();
    }

    /** A backup made by hand into the backups folder (kept until someone deletes it). */
    public BackupEntry backUpNow(BackupProgress progress) {
        access.require(Permission.BACKUP);
        return write(BackupKind.MANUAL, progress);
    }

    /** A backup made by hand to a file of the person's choice. */
    public BackupManifest backUpTo(Path file, BackupProgress progress) {
        access.require(Permission.BACKUP);
        requireFileStore();
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new RefusedInputException("backup.error.targetIsDirectory", target);
        }
        synchronized (oneAtATime) {
            return writer.write(dataSource, BackupKind.MANUAL, target, progress);
        }
    }

    /** An automatic backup of the kind into the backups folder, then the retention rule; no permission needed. */
    public BackupEntry automatic(BackupKind kind) {
        return write(kind, BackupProgress.NONE);
    }

    /**
     * Makes the scheduled backup (kind daily) when the newest one is as old as the chosen frequency (a day or a
     * week) or there is none; never when scheduled backups are off. True when it made one.
     */
    public boolean dailyIfDue() {
        return dailyIfDue(() -> () -> { });
    }

    /**
     * As {@link #dailyIfDue()}; underWay is called when a backup starts and what it returns when that backup ends,
     * so a window can show the backup and wait for it before it closes.
     */
    public boolean dailyIfDue(Supplier<Runnable> underWay) {
        Optional<Duration> interval = frequency.get().interval();
        if (!isAvailable() || interval.isEmpty()) {
            return false;
        }
        Optional<BackupEntry> newest = folder.list().stream().filter(e -> e.kind() == BackupKind.DAILY).findFirst();
        if (newest.isPresent() && newest.get().createdAt().plus(interval.get()).isAfter(clock.instant())) {
            return false;
        }
        Runnable ended = underWay.get();
        try {
            automatic(BackupKind.DAILY);
        } finally {
            ended.run();
        }
        return true;
    }

    /** Called before an import writes rows: a backup first when the import is large. */
    public void beforeImport(long rows) {
        if (isAvailable() && rows >= largeImportRows.getAsLong()) {
            LOG.info("Import of {} rows: backing up first", rows);
            automatic(BackupKind.BEFORE_IMPORT);
        }
    }

    /** Checks a backup file; the result holds the unpacked database until it is staged or closed. */
    public VerifiedBackup verify(Path file) {
        access.require(Permission.BACKUP);
        requireFileStore();
        return new BackupVerifier(H2Files.latestSchemaVersionOfThisBuild())
                .verify(file.toAbsolutePath(), config.dataDirectory().toAbsolutePath());
    }

    /**
     * Backs up the current store (kind before-restore) and stages the verified backup to replace it when the
     * store next opens. The caller closes the store and opens it again (the window asks for a restart).
     */
    public StagedRestore stage(VerifiedBackup verified) {
        access.require(Permission.BACKUP);
        requireFileStore();
        // Before the safety backup: without a verified backup there is nothing to stage and nothing to protect.
        Objects.requireNonNull(verified, "verified");
        synchronized (oneAtATime) {
            BackupEntry safety = automatic(BackupKind.BEFORE_RESTORE);
            try {
                Path aside = PendingRestore.stage(verified, config.dataDirectory(), clock.instant());
                return new StagedRestore(verified.source(), verified.manifest(), aside, safety);
            } catch (IOException e) {
                throw new UserFacingException(e, "backup.error.stage", verified.source(), e.getMessage());
            } finally {
                verified.close();
            }
        }
    }

    private BackupEntry write(BackupKind kind, BackupProgress progress) {
        requireFileStore();
        synchronized (oneAtATime) {
            folder.deleteLeftovers();
            Path file = folder.newFile(kind, clock.instant());
            writer.write(dataSource, kind, file, progress);
            prune();
            return BackupFolder.parse(file).orElseThrow();
        }
    }

    private void prune() {
        for (BackupEntry old : Retention.toDelete(folder.list())) {
            try {
                Files.deleteIfExists(old.file());
                LOG.info("Backup {} deleted by the retention rule", old.file().getFileName());
            } catch (IOException e) {
                LOG.warn("Could not delete old backup {}", old.file(), e);
            }
        }
    }

    private void requireFileStore() {
        if (!isAvailable()) {
            throw new RefusedInputException("backup.error.notEmbedded");
        }
    }
}

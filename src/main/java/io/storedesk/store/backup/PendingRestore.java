package io.storedesk.store.backup;

import io.storedesk.common.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A restore in two steps that a crash cannot tear (decision 0023). Staging puts the verified database into
 * &lt;data dir&gt;/restore-pending and only then writes its marker. Applying (before the store opens) links the
 * current database file into &lt;data dir&gt;/replaced-stores/&lt;time&gt; and renames the staged file over it:
 * at every moment db/storedesk.mv.db is the whole old or the whole new store, and a crash part way is
 * finished on the next open.
 */
public final class PendingRestore {

    private static final Logger LOG = LoggerFactory.getLogger(PendingRestore.class);
    private static final String MARKER = "restore.properties";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private PendingRestore() {
    }

    static Path pendingDirectory(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().resolve("restore-pending");
    }

    public static Path replacedStores(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().resolve("replaced-stores");
    }

    static boolean isStaged(Path dataDirectory) {
        return Files.exists(pendingDirectory(dataDirectory).resolve(MARKER));
    }

    /** Moves the verified database into place for the next open; returns where the current store will be kept. */
    static Path stage(VerifiedBackup verified, Path dataDirectory, Instant now) throws IOException {
        Path pending = pendingDirectory(dataDirectory);
        WorkFiles.deleteTree(pending);
        Files.createDirectories(pending);
        Path staged = pending.resolve(H2Files.DATABASE_FILE);
        Files.move(verified.database(), staged, StandardCopyOption.ATOMIC_MOVE);
        WorkFiles.sync(staged);
        String stamp = STAMP.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC)) + "Z";
        Path aside = replacedStores(dataDirectory).resolve(stamp);
        Properties marker = new Properties();
        marker.setProperty("source", verified.source().toAbsolutePath().toString());
        marker.setProperty("aside", stamp);
        marker.setProperty("stagedAt", now.toString());
        Path partial = pending.resolve(MARKER + BackupWriter.PARTIAL_SUFFIX);
        try (OutputStream out = Files.newOutputStream(partial)) {
            marker.store(out, "StoreDesk restore staged; applied when the store next opens");
        }
        WorkFiles.sync(partial);
        Files.move(partial, pending.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Restore of {} staged; the current store will be kept in {}", verified.source(), aside);
        return aside;
    }

    /**
     * Applies a staged restore before the store at databaseDirectory opens. Returns where the replaced store was
     * kept, or empty when nothing was staged.
     */
    public static Optional<Path> applyIfStaged(Path dataDirectory, Path databaseDirectory) {
        Path pending = pendingDirectory(dataDirectory);
        Path marker = pending.resolve(MARKER);
        try {
            if (!Files.exists(marker)) {
                // Staging was cut off before its marker: the current store was never touched.
                WorkFiles.deleteTree(pending);
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(marker)) {
                properties.load(in);
            }
            Path aside = replacedStores(dataDirectory).resolve(properties.getProperty("aside"));
            Path staged = pending.resolve(H2Files.DATABASE_FILE);
            Path current = databaseDirectory.resolve(H2Files.DATABASE_FILE);
            if (Files.exists(staged)) {
                requireNotInUse(current, dataDirectory);
                keepAside(current, aside.resolve(H2Files.DATABASE_FILE));
                Files.createDirectories(databaseDirectory);
                Files.move(staged, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.delete(marker);
            WorkFiles.deleteTree(pending);
            LOG.info("Restored {}; the replaced store is kept in {}", properties.getProperty("source"), aside);
            return Optional.of(aside);
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.error.apply", dataDirectory, e.getMessage());
        }
    }

    /** A second link to the current file (a copy where links are not possible): the old store stays whole. */
    private static void keepAside(Path current, Path asideFile) throws IOException {
        if (!Files.exists(current) || Files.exists(asideFile)) {
            return;
        }
        Files.createDirectories(asideFile.getParent());
        try {
            Files.createLink(asideFile, current);
        } catch (IOException | UnsupportedOperationException e) {
            Path partial = asideFile.resolveSibling(asideFile.getFileName() + BackupWriter.PARTIAL_SUFFIX);
            Files.copy(current, partial, StandardCopyOption.REPLACE_EXISTING);
            WorkFiles.sync(partial);
            Files.move(partial, asideFile, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** H2 locks its file while a store is open: a restore never swaps the file under a running desk. */
    private static void requireNotInUse(Path current, Path dataDirectory) throws IOException {
        if (!Files.exists(current)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(current, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new UserFacingException("store.error.inUse", dataDirectory);
            }
        } catch (OverlappingFileLockException e) {
            throw new UserFacingException(e, "store.error.inUse", dataDirectory);
        }
    }
}

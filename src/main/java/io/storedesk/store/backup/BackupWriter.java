package io.storedesk.store.backup;

import io.storedesk.common.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one backup file of an open store: H2 copies the database online, the copy is counted (so the
 * manifest describes exactly what the file holds), and the zip is written under a temporary name and renamed
 * into place, so a crash never leaves half a file under the final name.
 */
final class BackupWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BackupWriter.class);
    static final String PARTIAL_SUFFIX = ".partial";

    private final Clock clock;
    private final String appVersion;

    BackupWriter(Clock clock, String appVersion) {
        this.clock = clock;
        this.appVersion = appVersion;
    }

    BackupManifest write(DataSource store, BackupKind kind, Path target, BackupProgress progress) {
        Path directory = target.toAbsolutePath().getParent();
        Path work = null;
        Path partial = directory.resolve("." + target.getFileName() + PARTIAL_SUFFIX);
        try {
            Files.createDirectories(directory);
            work = Files.createTempDirectory(directory, ".backup-work-");
            progress.step(0, 3);
            Path h2Zip = work.resolve("h2.zip");
            H2Files.backupTo(store, h2Zip);
            Path database = extractDatabase(h2Zip, work.resolve(H2Files.DATABASE_FILE));
            progress.step(1, 3);
            BackupManifest manifest = describe(database, kind);
            progress.step(2, 3);
            writeZip(manifest, database, partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            progress.step(3, 3);
            LOG.info("Backup {} written: {} ({} rows, schema {})", kind, target, manifest.totalRows(),
                    manifest.schemaVersion());
            return manifest;
        } catch (IOException | SQLException e) {
            throw new UserFacingException(e, "backup.error.write", target, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                LOG.warn("Could not delete {}", partial, e);
            }
            WorkFiles.deleteTree(work);
        }
    }

    private static Path extractDatabase(Path h2Zip, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(h2Zip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".mv.db")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                    return target;
                }
            }
        }
        throw new IOException("H2 wrote no database file into " + h2Zip);
    }

    private BackupManifest describe(Path database, BackupKind kind) throws IOException, SQLException {
        String sha256 = WorkFiles.sha256Of(database);
        long bytes = Files.size(database);
        Map<String, Long> counts;
        String schemaVersion;
        try (Connection copy = H2Files.openReadOnly(database)) {
            counts = H2Files.rowCounts(copy);
            schemaVersion = H2Files.appliedSchemaVersion(copy);
        }
        return new BackupManifest(BackupManifest.FORMAT_VERSION, appVersion, schemaVersion, kind, clock.instant(),
                counts, sha256, bytes);
    }

    private static void writeZip(BackupManifest manifest, Path database, Path partial) throws IOException {
        try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(manifest.toJson());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(BackupManifest.PAYLOAD_ENTRY));
            Files.copy(database, zip);
            zip.closeEntry();
        }
        WorkFiles.sync(partial);
    }
}

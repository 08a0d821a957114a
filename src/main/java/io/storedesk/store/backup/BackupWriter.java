package io.storedesk.store.backup;

import io.storedesk.common.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Enumeration;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
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
            Path database = work.resolve(H2Files.DATABASE_FILE);
            H2Files.backupTo(store, h2Zip, database);
            progress.step(1, 3);
            BackupManifest manifest = describe(database, kind);
            progress.step(2, 3);
            writeZip(manifest, h2Zip, partial);
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

    /**
     * The manifest, then the database exactly as H2 compressed it: its entry is copied as stored (bytes, CRC and
     * sizes), not inflated and deflated again, which cost as much as H2's own copy (a store of a few hundred
     * megabytes took seconds). The verifier unpacks it like any entry and checks it against the manifest.
     */
    private static void writeZip(BackupManifest manifest, Path h2Zip, Path partial) throws IOException {
        try (org.apache.commons.compress.archivers.zip.ZipFile h2 = org.apache.commons.compress.archivers.zip.ZipFile
                .builder().setPath(h2Zip).get();
             ZipArchiveOutputStream zip = new ZipArchiveOutputStream(partial)) {
            zip.putArchiveEntry(new ZipArchiveEntry(BackupManifest.ENTRY));
            zip.write(manifest.toJson());
            zip.closeArchiveEntry();
            ZipArchiveEntry database = databaseEntry(h2, h2Zip);
            ZipArchiveEntry payload = new ZipArchiveEntry(BackupManifest.PAYLOAD_ENTRY);
            payload.setMethod(database.getMethod());
            payload.setCrc(database.getCrc());
            payload.setSize(database.getSize());
            payload.setCompressedSize(database.getCompressedSize());
            payload.setTime(database.getTime());
            try (InputStream raw = h2.getRawInputStream(database)) {
                zip.addRawArchiveEntry(payload, raw);
            }
        }
        WorkFiles.sync(partial);
    }

    private static ZipArchiveEntry databaseEntry(org.apache.commons.compress.archivers.zip.ZipFile h2, Path h2Zip) throws IOException {
        for (Enumeration<ZipArchiveEntry> entries = h2.getEntries(); entries.hasMoreElements(); ) {
            ZipArchiveEntry entry = entries.nextElement();
            if (entry.getName().endsWith(".mv.db")) {
                return entry;
            }
        }
        throw new IOException("H2 wrote no database file into " + h2Zip);
    }
}

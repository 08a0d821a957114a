package io.storedesk.store.backup;

import io.storedesk.common.RefusedInputException;
import io.storedesk.common.UserFacingException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a backup file before anything relies on it: it is a StoreDesk backup, whole, its database matches
 * the checksum, its schema is not newer than this build's, and the unpacked database holds the rows the
 * manifest counted. Each failure is a refusal that says which check failed.
 */
final class BackupVerifier {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String latestSchemaVersion;

    BackupVerifier(String latestSchemaVersion) {
        this.latestSchemaVersion = latestSchemaVersion;
    }

    /** Verifies file, unpacking its database into a new folder under workParent. */
    VerifiedBackup verify(Path file, Path workParent) {
        if (!Files.isRegularFile(file)) {
            throw new RefusedInputException("backup.error.notFound", file);
        }
        if (!startsLikeAZip(file)) {
            throw new RefusedInputException("backup.error.notBackup", file);
        }
        Path work = null;
        try (ZipFile zip = openZip(file)) {
            BackupManifest manifest = manifest(zip, file);
            if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION
                    || H2Files.isNewer(manifest.schemaVersion(), latestSchemaVersion)) {
                throw new RefusedInputException("backup.error.newer", file, manifest.appVersion(),
                        manifest.schemaVersion(), latestSchemaVersion);
            }
            ZipEntry payload = zip.getEntry(BackupManifest.PAYLOAD_ENTRY);
            if (payload == null) {
                throw new RefusedInputException("backup.error.truncated", file);
            }
            Files.createDirectories(workParent);
            work = Files.createTempDirectory(workParent, ".restore-work-");
            Path database = work.resolve(H2Files.DATABASE_FILE);
            String sha256 = unpack(zip, payload, database, file);
            if (Files.size(database) != manifest.payloadBytes()) {
                throw new RefusedInputException("backup.error.truncated", file);
            }
            if (!sha256.equalsIgnoreCase(manifest.payloadSha256())) {
                throw new RefusedInputException("backup.error.checksum", file);
            }
            checkContents(database, manifest, file);
            VerifiedBackup verified = new VerifiedBackup(file, manifest, work, database);
            work = null;
            return verified;
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.error.read", file, e.getMessage());
        } finally {
            WorkFiles.deleteTree(work);
        }
    }

    private static boolean startsLikeAZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.error.read", file, e.getMessage());
        }
    }

    /** A file that starts like a zip but has no directory at its end was cut off. */
    private static ZipFile openZip(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new RefusedInputException("backup.error.truncated", file);
        }
    }

    private static BackupManifest manifest(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new RefusedInputException("backup.error.notBackup", file);
        }
        byte[] json;
        try (InputStream in = zip.getInputStream(entry)) {
            json = in.readAllBytes();
        } catch (ZipException | EOFException e) {
            throw new RefusedInputException("backup.error.truncated", file);
        }
        Optional<BackupManifest> manifest = BackupManifest.parse(json);
        return manifest.orElseThrow(() -> new RefusedInputException("backup.error.notBackup", file));
    }

    private static String unpack(ZipFile zip, ZipEntry payload, Path database, Path file) throws IOException {
        try (InputStream in = zip.getInputStream(payload)) {
            return WorkFiles.copyHashing(in, database);
        } catch (ZipException | EOFException e) {
            throw new RefusedInputException("backup.error.truncated", file);
        }
    }

    private void checkContents(Path database, BackupManifest manifest, Path file) {
        try (Connection copy = H2Files.openReadOnly(database)) {
            String applied = H2Files.appliedSchemaVersion(copy);
            if (H2Files.isNewer(applied, latestSchemaVersion)) {
                throw new RefusedInputException("backup.error.newer", file, manifest.appVersion(), applied,
                        latestSchemaVersion);
            }
            Map<String, Long> counts = H2Files.rowCounts(copy);
            if (!Objects.equals(applied, manifest.schemaVersion()) || !counts.equals(manifest.rowCounts())) {
                throw new RefusedInputException("backup.error.rowCounts", file);
            }
        } catch (SQLException e) {
            throw new UserFacingException(e, "backup.error.unreadable", file, e.getMessage());
        }
    }
}

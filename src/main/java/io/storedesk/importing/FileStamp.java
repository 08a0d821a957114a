package io.storedesk.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a file held when it was read: its path, size, modification time and the SHA-256 of its bytes. A file
 * saved again after its preview, even within the same second and at the same size, stamps differently.
 */
record FileStamp(Path path, long size, long modifiedMillis, String sha256) {

    /**
     * Empty when the file cannot be read or is larger than maxBytes (the import itself then says why, without
     * reading a file it refuses first).
     */
    static Optional<FileStamp> of(Path file, long maxBytes) {
        try {
            Path path = file.toAbsolutePath().normalize();
            long size = Files.size(path);
            if (size > maxBytes) {
                return Optional.empty();
            }
            long modified = Files.getLastModifiedTime(path).toMillis();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(path)) {
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
            return Optional.of(new FileStamp(path, size, modified, HexFormat.of().formatHex(digest.digest())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

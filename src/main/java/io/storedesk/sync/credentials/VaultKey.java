package io.storedesk.sync.credentials;

import io.storedesk.common.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The vault's AES-256 key: a random key in an owner-only file, created on first use. By default the file is
 * in the user's key folder (STOREDESK_KEY_DIR, else ~/.storedesk/keys), named after the data directory, so it
 * is never inside the data directory that gets backed up or copied.
 */
public final class VaultKey {

    public static final String ENV_KEY_DIR = "STOREDESK_KEY_DIR";

    private final Path file;
    private byte[] bytes;

    public VaultKey(Path file) {
        this.file = file;
    }

    public static VaultKey forDataDirectory(Path dataDirectory) {
        String configured = System.getenv(ENV_KEY_DIR);
        Path folder = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".storedesk", "keys");
        return new VaultKey(folder.resolve("vault-" + shortHash(dataDirectory.toAbsolutePath().normalize().toString())
                + ".key"));
    }

    public Path file() {
        return file;
    }

    synchronized byte[] bytes() {
        if (bytes == null) {
            bytes = Files.exists(file) ? load() : create();
        }
        return bytes.clone();
    }

    private byte[] load() {
        try {
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException | IllegalArgumentException e) {
            throw new UserFacingException(e, "sync.credentials.keyUnreadable", file);
        }
    }

    private byte[] create() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Files.createDirectories(file.getParent());
            OwnerOnly.restrict(file.getParent());
            Files.createFile(file);
            OwnerOnly.restrict(file);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            return key;
        } catch (FileAlreadyExistsException e) {
            return load(); // another desk on the same data directory created it a moment ago
        } catch (IOException e) {
            throw new UserFacingException(e, "sync.credentials.keyUnwritable", file);
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

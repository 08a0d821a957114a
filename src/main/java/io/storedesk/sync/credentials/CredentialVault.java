package io.storedesk.sync.credentials;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.common.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets typed into the window, encrypted with AES-256-GCM in a file of the data directory; the key lives in
 * a separate owner-only file outside it (decision 0019), so the store, its backups and a copy of the data
 * directory hold only ciphertext. Each entry is bound to its id (GCM associated data), so entries cannot be
 * swapped between channels.
 */
public final class CredentialVault {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path vaultFile;
    private final VaultKey key;
    private final SecureRandom random = new SecureRandom();

    public CredentialVault(Path vaultFile, VaultKey key) {
        this.vaultFile = vaultFile;
        this.key = key;
    }

    /** The vault of a data directory, its key in the per-user key folder (see {@link VaultKey#forDataDirectory}). */
    public static CredentialVault forDataDirectory(Path dataDirectory) {
        return new CredentialVault(dataDirectory.toAbsolutePath().resolve("secrets").resolve("channel-secrets.json"),
                VaultKey.forDataDirectory(dataDirectory));
    }

    /** Encrypts and stores a secret; returns its new id. */
    public synchronized String put(StoredSecret secret) {
        String id = UUID.randomUUID().toString();
        ObjectNode all = read();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] plain = secret.toJson().getBytes(StandardCharsets.UTF_8);
        ObjectNode entry = all.putObject(id);
        entry.put("nonce", Base64.getEncoder().encodeToString(nonce));
        entry.put("data", Base64.getEncoder().encodeToString(crypt(Cipher.ENCRYPT_MODE, nonce, id, plain)));
        write(all);
        return id;
    }

    public synchronized Optional<StoredSecret> get(String id) {
        ObjectNode entry = (ObjectNode) read().get(id);
        if (entry == null) {
            return Optional.empty();
        }
        byte[] nonce = Base64.getDecoder().decode(entry.path("nonce").asText());
        byte[] data = Base64.getDecoder().decode(entry.path("data").asText());
        return Optional.of(StoredSecret.fromJson(new String(crypt(Cipher.DECRYPT_MODE, nonce, id, data),
                StandardCharsets.UTF_8)));
    }

    public synchronized void remove(String id) {
        ObjectNode all = read();
        if (all.remove(id) != null) {
            write(all);
        }
    }

    private byte[] crypt(int mode, byte[] nonce, String id, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key.bytes(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // A wrong key (another machine's, or a key file replaced) fails the GCM tag check.
            throw new UserFacingException(e, "sync.credentials.vaultUnreadable", vaultFile);
        }
    }

    private ObjectNode read() {
        try {
            return Files.exists(vaultFile) ? (ObjectNode) JSON.readTree(vaultFile.toFile()) : JSON.createObjectNode();
        } catch (IOException | ClassCastException e) {
            throw new UserFacingException(e, "sync.credentials.vaultUnreadable", vaultFile);
        }
    }

    private void write(ObjectNode all) {
        try {
            Files.createDirectories(vaultFile.getParent());
            Path temp = Files.createTempFile(vaultFile.getParent(), "vault", ".tmp");
            Files.writeString(temp, all.toString());
            OwnerOnly.restrict(temp);
            Files.move(temp, vaultFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException(e, "sync.credentials.vaultUnwritable", vaultFile);
        }
    }
}

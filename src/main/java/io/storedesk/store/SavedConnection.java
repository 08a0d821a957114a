package io.storedesk.store;

import io.storedesk.common.UserFacingException;
import io.storedesk.sync.credentials.CredentialVault;
import io.storedesk.sync.credentials.StoredSecret;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The store chosen in the window's "Database connection…" for the next start: this computer's file (no saved
 * connection), or a PostgreSQL server whose URL and user are kept in database-connection.properties of the data
 * directory and whose password is kept encrypted in the vault of decision 0019 (decision 0031). An explicit
 * --db-url or STOREDESK_DB_URL wins over it (see {@link StoreLocation#config}).
 */
public final class SavedConnection {

    public static final String FILE_NAME = "database-connection.properties";

    private final Path file;
    private final CredentialVault vault;

    public SavedConnection(Path dataDirectory, CredentialVault vault) {
        this.file = dataDirectory.toAbsolutePath().resolve(FILE_NAME);
        this.vault = vault;
    }

    /** The saved connection of a data directory, its password in the data directory's vault. */
    public static SavedConnection in(Path dataDirectory) {
        return new SavedConnection(dataDirectory, CredentialVault.forDataDirectory(dataDirectory));
    }

    /** A saved PostgreSQL server (without its password); empty = this computer's file. */
    public record Server(String url, String user) {
    }

    public Path file() {
        return file;
    }

    public Optional<Server> server() {
        return read().map(p -> new Server(p.getProperty("url"), p.getProperty("user", "")));
    }

    /** Whether a password is saved for the server (the dialog may then keep it when left empty). */
    public boolean hasPassword() {
        return read().map(p -> p.getProperty("passwordRef")).isPresent();
    }

    /** The store to open at start-up, if a server is saved; the data directory stays this desk's. */
    public Optional<StoreConfig> config(Path dataDirectory) {
        return read().map(p -> StoreConfig.server(dataDirectory, p.getProperty("url"), p.getProperty("user", ""),
                password(p)));
    }

    /**
     * Saves a server for the next start. A null password keeps the one saved before (for the same server);
     * the old vault entry is removed once the new one is written.
     */
    public synchronized void useServer(String url, String user, String password) {
        StoreConfig.server(file.getParent(), url, user, password == null ? "" : password); // refuses bad URLs
        Optional<Properties> before = read();
        String oldRef = before.map(p -> p.getProperty("passwordRef")).orElse(null);
        boolean sameServer = before.map(p -> url.strip().equals(p.getProperty("url"))
                && String.valueOf(user).strip().equals(p.getProperty("user", "").strip())).orElse(false);
        String ref = password != null ? vault.put(new StoredSecret(user, password)) : sameServer ? oldRef : null;
        Properties now = new Properties();
        now.setProperty("url", url.strip());
        now.setProperty("user", user == null ? "" : user.strip());
        if (ref != null) {
            now.setProperty("passwordRef", ref);
        }
        write(now);
        if (oldRef != null && !oldRef.equals(ref)) {
            vault.remove(oldRef);
        }
    }

    /** Back to this computer's file at the next start; the saved password leaves the vault. */
    public synchronized void useThisComputer() {
        Optional<String> oldRef = read().map(p -> p.getProperty("passwordRef"));
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UserFacingException(e, "database.error.unwritable", file, e.getMessage());
        }
        oldRef.ifPresent(vault::remove);
    }

    private String password(Properties saved) {
        String ref = saved.getProperty("passwordRef");
        if (ref == null) {
            return "";
        }
        return vault.get(ref).map(StoredSecret::secret)
                .orElseThrow(() -> new UserFacingException("database.error.unreadable", file));
    }

    private Optional<Properties> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties saved = new Properties();
            saved.load(in);
            if (saved.getProperty("url") == null || saved.getProperty("url").isBlank()) {
                throw new UserFacingException("database.error.unreadable", file);
            }
            return Optional.of(saved);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserFacingException(e, "database.error.unreadable", file);
        }
    }

    private void write(Properties saved) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "database-connection", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                saved.store(out, "StoreDesk: the store this desk opens (decision 0031); the password is in the vault");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException(e, "database.error.unwritable", file, e.getMessage());
        }
    }
}

package io.storedesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A data directory chosen in the first-run wizard instead of the usual one: a one-line pointer file kept in the
 * usual place, so the next start (window or command line) without --data-dir or STOREDESK_HOME finds it.
 */
public final class RememberedDataDirectory {

    static final String FILE_NAME = "data-directory.txt";

    private final Path pointer;

    private RememberedDataDirectory(Path pointer) {
        this.pointer = pointer;
    }

    /** The pointer kept in the operating system's usual data directory for StoreDesk. */
    public static RememberedDataDirectory standard() {
        return in(DataDirectory.usual());
    }

    /** The pointer kept in the given usual directory (tests pass a temporary one). */
    public static RememberedDataDirectory in(Path usualDirectory) {
        return new RememberedDataDirectory(usualDirectory.resolve(FILE_NAME));
    }

    /** The remembered directory; empty when none was chosen or the pointer cannot be read. */
    public Optional<Path> read() {
        try {
            if (!Files.isRegularFile(pointer)) {
                return Optional.empty();
            }
            String text = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text).toAbsolutePath().normalize());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Remembers the directory for the next start; writes a file, so call it off the JavaFX thread. */
    public void remember(Path dataDirectory) {
        try {
            Files.createDirectories(pointer.getParent());
            Files.writeString(pointer, dataDirectory.toAbsolutePath().normalize() + System.lineSeparator(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

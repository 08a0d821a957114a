package io.storedesk.store;

import io.storedesk.common.UserFacingException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** The embedded store's files inside a data directory. */
public final class StoreFiles {

    private StoreFiles() {
    }

    public static Path databaseDirectory(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().resolve("db");
    }

    public static Path logDirectory(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().resolve("logs");
    }

    /** Deletes the embedded database (the store must be closed); logs and other files stay. */
    public static void deleteEmbeddedDatabase(Path dataDirectory) {
        Path db = databaseDirectory(dataDirectory);
        if (!Files.exists(db)) {
            return;
        }
        try {
            Files.walkFileTree(db, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UserFacingException(e, "store.error.delete", db);
        }
    }
}

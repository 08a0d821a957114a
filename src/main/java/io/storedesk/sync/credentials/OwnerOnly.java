package io.storedesk.sync.credentials;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Restricts a file or folder to its owner where the file system has POSIX permissions (rw------- / rwx------). */
final class OwnerOnly {

    private OwnerOnly() {
    }

    static void restrict(Path path) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) == null) {
            return; // Windows: the user profile folder is already private to its owner.
        }
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                Files.isDirectory(path) ? "rwx------" : "rw-------"));
    }
}

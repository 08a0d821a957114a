package io.storedesk.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The workplace's ../shared folder (datasets, fixtures); checks that need it skip when it is absent. */
public final class Shared {

    private Shared() {
    }

    public static Optional<Path> file(String relative) {
        Path root = Path.of(System.getProperty("storedesk.shared.dir", "../shared"));
        Path file = root.resolve(relative);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}

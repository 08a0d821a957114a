package io.storedesk.store.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backups folder of a data directory (&lt;data dir&gt;/backups). Files are named
 * storedesk-&lt;kind&gt;-&lt;yyyyMMdd-HHmmss&gt;Z.sdbackup (UTC), so the folder lists in time order and
 * needs no index that a crash could leave out of step with the files.
 */
public final class BackupFolder {

    public static final String EXTENSION = ".sdbackup";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile(
            "storedesk-([a-z-]+?)-(\\d{8}-\\d{6})Z(?:-(\\d+))?" + Pattern.quote(EXTENSION));

    private final Path directory;

    public BackupFolder(Path dataDirectory) {
        this.directory = dataDirectory.toAbsolutePath().resolve("backups");
    }

    public Path directory() {
        return directory;
    }

    /** A new file name for a backup of this kind made now (a second one in the same second gets a suffix). */
    Path newFile(BackupKind kind, Instant now) {
        String stamp = STAMP.format(LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
        Path file = directory.resolve("storedesk-" + kind.token() + "-" + stamp + "Z" + EXTENSION);
        for (int n = 2; Files.exists(file); n++) {
            file = directory.resolve("storedesk-" + kind.token() + "-" + stamp + "Z-" + n + EXTENSION);
        }
        return file;
    }

    /** The backups under their final names, newest first; temporary files of a crashed backup are not listed. */
    public List<BackupEntry> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<BackupEntry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                parse(file).ifPresent(entries::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.sort(Comparator.comparing(BackupEntry::createdAt).thenComparing(e -> e.file().getFileName())
                .reversed());
        return entries;
    }

    static Optional<BackupEntry> parse(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        Optional<BackupKind> kind = BackupKind.fromToken(name.group(1));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Instant createdAt = LocalDateTime.parse(name.group(2), STAMP).toInstant(ZoneOffset.UTC);
        long bytes;
        try {
            bytes = Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            bytes = 0;
        }
        return Optional.of(new BackupEntry(file, kind.get(), createdAt, bytes));
    }

    /**
     * Deletes what a crashed backup left (work folders and .partial files). Only one desk holds the store, and
     * backups run one at a time, so nothing found here is being written.
     */
    void deleteLeftovers() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(".backup-work-") || name.endsWith(BackupWriter.PARTIAL_SUFFIX)) {
                    WorkFiles.deleteTree(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

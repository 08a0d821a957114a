package io.storedesk.dashboard.kpi;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Snapshots on disk of what the in-memory indexes read from the rollups (decision 0038): reading a million rows
 * from the store took seven seconds on a dashboard's first open, reading them back from a file a fraction of
 * that. A snapshot is named by the rollups' generation, which changes with every change to the rollups
 * (KpiRollups), so a snapshot of the generation the store has now holds what the store would give. One file per
 * kind; writing one removes the kind's older ones. A snapshot that cannot be read or written is only logged: the
 * store stays the source.
 */
public final class RollupSnapshots {

    /** The layout of the files; a change of what a codec writes needs a new number. */
    static final int FORMAT = 1;
    private static final Logger LOG = LoggerFactory.getLogger(RollupSnapshots.class);
    private static final String SUFFIX = ".snapshot";

    private final Path directory;

    private RollupSnapshots(Path directory) {
        this.directory = directory;
    }

    /** Snapshots in the data directory's cache/kpi folder (made when the first one is written). */
    public static RollupSnapshots inDataDirectory(Path dataDirectory) {
        return new RollupSnapshots(dataDirectory.toAbsolutePath().resolve("cache").resolve("kpi"));
    }

    /** No snapshots: every copy is read from the store. */
    public static RollupSnapshots none() {
        return new RollupSnapshots(null);
    }

    /** How an index's copy goes to a file and back. */
    interface Codec<T> {
        void write(T value, SnapshotOutput out) throws IOException;

        T read(SnapshotInput in) throws IOException;
    }

    /** One kind of copy (a file name's start) and its codec. */
    <T> Kind<T> kind(String name, Codec<T> codec) {
        return new Kind<>(name, codec);
    }

    /** The snapshots of one kind of copy. */
    final class Kind<T> {
        private final String name;
        private final Codec<T> codec;

        private Kind(String name, Codec<T> codec) {
            this.name = name;
            this.codec = codec;
        }

        /** The copy of this generation, if a readable snapshot of it is on disk. */
        Optional<T> read(long generation) {
            if (directory == null) {
                return Optional.empty();
            }
            Path file = file(generation);
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            try (SnapshotInput in = new SnapshotInput(file, FORMAT, name, generation)) {
                T value = codec.read(in);
                in.finish();
                return Optional.of(value);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The KPI snapshot {} cannot be read; reading the rollups from the store instead", file, e);
                delete(file);
                return Optional.empty();
            }
        }

        /** The generation of this kind's snapshot on disk, if there is one. */
        OptionalLong savedGeneration() {
            if (directory == null || !Files.isDirectory(directory)) {
                return OptionalLong.empty();
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, name + "-*" + SUFFIX)) {
                for (Path file : files) {
                    String fileName = file.getFileName().toString();
                    String hex = fileName.substring(name.length() + 1, fileName.length() - SUFFIX.length());
                    try {
                        return OptionalLong.of(Long.parseUnsignedLong(hex, 16));
                    } catch (NumberFormatException notOurs) {
                        // Someone else's file: look on.
                    }
                }
            } catch (IOException e) {
                LOG.warn("Cannot list the KPI snapshots in {}", directory, e);
            }
            return OptionalLong.empty();
        }

        /** Writes the copy of this generation and removes the kind's other snapshots. */
        void write(long generation, T value) {
            if (directory == null) {
                return;
            }
            Path file = file(generation);
            Path partial = null;
            try {
                Files.createDirectories(directory);
                partial = Files.createTempFile(directory, name + "-", ".partial");
                try (SnapshotOutput out = new SnapshotOutput(partial, FORMAT, name, generation)) {
                    codec.write(value, out);
                    out.finish();
                }
                // Whole or not at all: another process may read the file at any moment.
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeOthers(file);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The KPI snapshot {} cannot be written; the next first open reads the store", file, e);
                if (partial != null) {
                    delete(partial);
                }
            }
        }

        private Path file(long generation) {
            return directory.resolve(name + "-" + Long.toHexString(generation) + SUFFIX);
        }

        private void removeOthers(Path kept) throws IOException {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, name + "-*")) {
                for (Path other : files) {
                    // Another process may be writing a partial file now; one a day old was left by a crash.
                    if (!other.equals(kept) && (!other.toString().endsWith(".partial") || Files.getLastModifiedTime(
                            other).toInstant().isBefore(Instant.now().minus(Duration.ofDays(1))))) {
                        delete(other);
                    }
                }
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", file, e);
        }
    }
}

package io.storedesk.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollupSnapshotsTest {

    @TempDir
    Path dataDirectory;

    /** Arrays of every kind, larger than the 1 MB buffer and at odd offsets, so values straddle its refills. */
    private record Arrays(byte[] odd, int[] ints, long[] longs, boolean[] flags, String text, List<String> texts) {

        static Arrays random(long seed) {
            Random random = new Random(seed);
            byte[] odd = new byte[3];
            random.nextBytes(odd);
            int[] ints = random.ints(300_001).toArray();
            long[] longs = random.longs(200_003).toArray();
            boolean[] flags = new boolean[1_500_007];
            for (int i = 0; i < flags.length; i++) {
                flags[i] = random.nextBoolean();
            }
            return new Arrays(odd, ints, longs, flags, "广东省 Guangdong", List.of("上海市", "", "浙江省"));
        }
    }

    private static final RollupSnapshots.Codec<Arrays> CODEC = new RollupSnapshots.Codec<>() {
        @Override
        public void write(Arrays a, SnapshotOutput out) throws IOException {
            out.writeBytes(a.odd, a.odd.length);
            out.writeInts(a.ints, a.ints.length);
            out.writeBoolean(true);
            out.writeLongs(a.longs, a.longs.length);
            out.writeBooleans(a.flags, a.flags.length);
            out.writeString(a.text);
            out.writeInt(a.texts.size());
            for (String t : a.texts) {
                out.writeString(t);
            }
            out.writeLong(Long.MIN_VALUE);
        }

        @Override
        public Arrays read(SnapshotInput in) throws IOException {
            byte[] odd = in.readBytes();
            int[] ints = in.readInts();
            assertThat(in.readBoolean()).isTrue();
            long[] longs = in.readLongs();
            boolean[] flags = in.readBooleans();
            String text = in.readString();
            String[] texts = new String[in.readInt()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = in.readString();
            }
            assertThat(in.readLong()).isEqualTo(Long.MIN_VALUE);
            return new Arrays(odd, ints, longs, flags, text, List.of(texts));
        }
    };

    private RollupSnapshots.Kind<Arrays> kind() {
        return RollupSnapshots.inDataDirectory(dataDirectory).kind("arrays", CODEC);
    }

    @Test
    void whatIsWrittenReadsBackTheSameForTheSameGenerationOnly() {
        Arrays written = Arrays.random(7);
        kind().write(42, written);

        Arrays read = kind().read(42).orElseThrow();
        assertThat(read.odd()).isEqualTo(written.odd());
        assertThat(read.ints()).isEqualTo(written.ints());
        assertThat(read.longs()).isEqualTo(written.longs());
        assertThat(read.flags()).isEqualTo(written.flags());
        assertThat(read.text()).isEqualTo(written.text());
        assertThat(read.texts()).isEqualTo(written.texts());
        assertThat(kind().read(43)).isEmpty();
    }

    @Test
    void aNewGenerationsSnapshotReplacesTheOldOne() throws IOException {
        kind().write(1, Arrays.random(1));
        kind().write(2, Arrays.random(2));

        assertThat(files()).singleElement().satisfies(f -> assertThat(f.getFileName().toString())
                .isEqualTo("arrays-2.snapshot"));
        assertThat(kind().read(1)).isEmpty();
        assertThat(kind().read(2).orElseThrow().ints()).isEqualTo(Arrays.random(2).ints());
    }

    @Test
    void aDamagedSnapshotIsNotReadAndIsRemoved() throws IOException {
        kind().write(5, Arrays.random(5));
        Path file = files().get(0);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // One bit of one value in the middle: the arrays still have their lengths, only the checksum can tell.
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1);
            long at = channel.size() / 2;
            channel.read(b, at);
            b.put(0, (byte) (b.get(0) ^ 1)).rewind();
            channel.write(b, at);
        }

        assertThat(kind().read(5)).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void aSnapshotCutShortIsNotRead() throws IOException {
        kind().write(6, Arrays.random(6));
        Path file = files().get(0);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 3);
        }

        assertThat(kind().read(6)).isEmpty();
    }

    @Test
    void aFileThatIsNotASnapshotIsNotRead() throws IOException {
        kind().write(8, Arrays.random(8));
        Files.writeString(files().get(0), "not a snapshot at all, but long enough for a header");

        assertThat(kind().read(8)).isEmpty();
    }

    @Test
    void aSnapshotThatCannotBeWrittenIsOnlyLogged() throws IOException {
        // The cache folder's place is taken by a file: nothing can be written there.
        Files.writeString(dataDirectory.resolve("cache"), "in the way");

        kind().write(9, Arrays.random(9));

        assertThat(kind().read(9)).isEmpty();
    }

    @Test
    void aCopyIsReadFromTheStoreOnceThenFromItsSnapshotInTheNextSession() {
        AtomicInteger storeReads = new AtomicInteger();
        RollupCopy<Arrays> first = copy(() -> 11, () -> {
            storeReads.incrementAndGet();
            return Arrays.random(11);
        });
        assertThat(first.current().ints()).isEqualTo(Arrays.random(11).ints());

        RollupCopy<Arrays> nextSession = copy(() -> 11, () -> {
            storeReads.incrementAndGet();
            return Arrays.random(99);
        });

        assertThat(nextSession.current().ints()).isEqualTo(Arrays.random(11).ints());
        assertThat(storeReads).hasValue(1);
    }

    @Test
    void aCopyReadWhileTheRollupsChangedIsNotSavedUnderEitherGeneration() throws IOException {
        AtomicLong generation = new AtomicLong(20);
        RollupCopy<Arrays> copy = copy(generation::get, () -> {
            generation.set(21);
            return Arrays.random(20);
        });

        copy.current();

        assertThat(files()).isEmpty();
    }

    @Test
    void rollupsNeverBuiltAreNeverSaved() throws IOException {
        copy(() -> 0, () -> Arrays.random(0)).current();

        assertThat(Files.exists(dataDirectory.resolve("cache"))).isFalse();
    }

    /** A copy whose rollups record no changes: every change reads everything. */
    private RollupCopy<Arrays> copy(LongSupplier generation, Supplier<Arrays> readAll) {
        return new RollupCopy<>(generation, (from, to) -> Optional.empty(), RollupCopy.Source.of(readAll,
                (earlier, days) -> {
                    throw new AssertionError("no changes are recorded");
                }), kind());
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(dataDirectory.resolve("cache").resolve("kpi"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dataDirectory.resolve("cache").resolve("kpi"))) {
            return files.toList();
        }
    }
}

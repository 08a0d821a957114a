package io.storedesk.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a copy of the rollups follows their changes: the days a catch-up changed, or everything after a rebuild. */
class RollupCopyTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dataDirectory;

    /** Rollups as a figure per day, with a generation and the record of the days each catch-up changed. */
    private static final class Rollups implements RollupCopy.Source<Map<LocalDate, Integer>>, RollupCopy.Changes {
        final Map<LocalDate, Integer> figures = new TreeMap<>();
        final Map<Long, Long> previous = new HashMap<>();
        final Map<Long, Set<LocalDate>> changedDays = new HashMap<>();
        long generation = 1;
        int readAll;
        int reread;
        Set<LocalDate> rereadDays;

        Rollups() {
            for (int d = 0; d < 7; d++) {
                figures.put(MONDAY.plusDays(d), d);
            }
        }

        /** A catch-up: these days rolled up again, recorded as a change from the generation before. */
        void catchUp(long next, Map<LocalDate, Integer> days) {
            figures.putAll(days);
            previous.put(next, generation);
            changedDays.put(next, days.keySet());
            generation = next;
        }

        @Override
        public Map<LocalDate, Integer> readAll() {
            readAll++;
            return new TreeMap<>(figures);
        }

        @Override
        public Map<LocalDate, Integer> reread(Map<LocalDate, Integer> earlier, Set<LocalDate> days) {
            reread++;
            rereadDays = days;
            Map<LocalDate, Integer> copy = new TreeMap<>(earlier);
            days.forEach(day -> copy.put(day, figures.get(day)));
            return copy;
        }

        @Override
        public Optional<Set<LocalDate>> daysChanged(long from, long to) {
            Set<LocalDate> days = new TreeSet<>();
            for (long at = to; at != from; at = previous.get(at)) {
                if (!previous.containsKey(at)) {
                    return Optional.empty();
                }
                days.addAll(changedDays.get(at));
            }
            return Optional.of(days);
        }
    }

    private static final RollupSnapshots.Codec<Map<LocalDate, Integer>> CODEC = new RollupSnapshots.Codec<>() {
        @Override
        public void write(Map<LocalDate, Integer> figures, SnapshotOutput out) throws IOException {
            out.writeInt(figures.size());
            for (Map.Entry<LocalDate, Integer> e : figures.entrySet()) {
                out.writeLong(e.getKey().toEpochDay());
                out.writeInt(e.getValue());
            }
        }

        @Override
        public Map<LocalDate, Integer> read(SnapshotInput in) throws IOException {
            Map<LocalDate, Integer> figures = new TreeMap<>();
            for (int i = 0, n = in.readInt(); i < n; i++) {
                figures.put(LocalDate.ofEpochDay(in.readLong()), in.readInt());
            }
            return figures;
        }
    };

    private RollupCopy<Map<LocalDate, Integer>> copyOf(Rollups rollups) {
        return new RollupCopy<>(() -> rollups.generation, rollups, rollups,
                RollupSnapshots.inDataDirectory(dataDirectory).kind("figures", CODEC));
    }

    @Test
    void afterACatchUpOnlyTheDaysItChangedAreReadAgain() {
        Rollups rollups = new Rollups();
        RollupCopy<Map<LocalDate, Integer>> copy = copyOf(rollups);
        copy.current();

        rollups.catchUp(2, Map.of(MONDAY.plusDays(2), 20));
        rollups.catchUp(3, Map.of(MONDAY.plusDays(5), 50, MONDAY.plusDays(7), 70));

        assertThat(copy.current()).isEqualTo(rollups.figures).containsEntry(MONDAY.plusDays(7), 70);
        assertThat(rollups.readAll).isEqualTo(1);
        assertThat(rollups.reread).isEqualTo(1);
        assertThat(rollups.rereadDays).containsExactly(MONDAY.plusDays(2), MONDAY.plusDays(5), MONDAY.plusDays(7));
    }

    @Test
    void afterARebuildEverythingIsReadAgain() {
        Rollups rollups = new Rollups();
        RollupCopy<Map<LocalDate, Integer>> copy = copyOf(rollups);
        copy.current();

        rollups.figures.put(MONDAY, 100);
        rollups.generation = 9;

        assertThat(copy.current()).containsEntry(MONDAY, 100);
        assertThat(rollups.readAll).isEqualTo(2);
        assertThat(rollups.reread).isZero();
    }

    @Test
    void theNextSessionReadsTheLastSessionsSnapshotAndTheDaysChangedSince() {
        Rollups rollups = new Rollups();
        copyOf(rollups).current();
        rollups.catchUp(2, Map.of(MONDAY.plusDays(3), 30));

        RollupCopy<Map<LocalDate, Integer>> nextSession = copyOf(rollups);

        assertThat(nextSession.current()).isEqualTo(rollups.figures).containsEntry(MONDAY.plusDays(3), 30);
        assertThat(rollups.readAll).isEqualTo(1);
        assertThat(rollups.rereadDays).containsExactly(MONDAY.plusDays(3));
        // What it brought up to date is the snapshot now: a third session reads nothing from the store.
        RollupCopy<Map<LocalDate, Integer>> thirdSession = copyOf(rollups);
        assertThat(thirdSession.current()).isEqualTo(rollups.figures);
        assertThat(List.of(rollups.readAll, rollups.reread)).containsExactly(1, 1);
    }

    @Test
    void aHeldCopyFollowsACatchUpAheadOfItsNextUseAndACopyNeverReadStaysUnread() {
        Rollups rollups = new Rollups();
        RollupCopy<Map<LocalDate, Integer>> neverRead = copyOf(rollups);
        neverRead.refreshIfHeld();
        assertThat(rollups.readAll).isZero();

        RollupCopy<Map<LocalDate, Integer>> held = copyOf(rollups);
        held.current();
        rollups.catchUp(2, Map.of(MONDAY.plusDays(1), 10));
        held.refreshIfHeld();
        assertThat(rollups.rereadDays).containsExactly(MONDAY.plusDays(1));

        assertThat(held.current()).containsEntry(MONDAY.plusDays(1), 10);
        assertThat(List.of(rollups.readAll, rollups.reread)).containsExactly(1, 1); // the use read nothing more
    }
}

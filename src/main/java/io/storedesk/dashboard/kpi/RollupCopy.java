package io.storedesk.dashboard.kpi;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Something read from the rollups and kept in memory, brought up to date whenever their generation (KpiRollups) has
 * changed, and read on every use while they were never built (generation 0), so what it answers is always what the
 * rollups in the store say. After a catch-up only the days it rolled up again are read (the rollups' record of
 * changes, V34); after a rebuild, everything. A copy is also kept on disk for the next session, which reads it
 * instead of the store, with the days changed since (RollupSnapshots, decision 0038).
 */
final class RollupCopy<T> {

    /** Reads a copy from the store: all of it, or an earlier copy with some days read again. */
    interface Source<T> {
        T readAll();

        T reread(T earlier, Set<LocalDate> days);

        static <T> Source<T> of(Supplier<T> readAll, BiFunction<T, Set<LocalDate>, T> reread) {
            return new Source<>() {
                @Override
                public T readAll() {
                    return readAll.get();
                }

                @Override
                public T reread(T earlier, Set<LocalDate> days) {
                    return reread.apply(earlier, days);
                }
            };
        }
    }

    /** The days changed from one generation to another; empty when a rebuild lies between them. */
    interface Changes {
        Optional<Set<LocalDate>> daysChanged(long from, long to);
    }

    private final LongSupplier generation;
    private final Changes changes;
    private final Source<T> source;
    private final RollupSnapshots.Kind<T> snapshot;
    private volatile Held<T> held;

    private record Held<T>(long generation, T value) {
    }

    RollupCopy(LongSupplier generation, Changes changes, Source<T> source, RollupSnapshots.Kind<T> snapshot) {
        this.generation = generation;
        this.changes = changes;
        this.source = source;
        this.snapshot = snapshot;
    }

    T current() {
        long now = generation.getAsLong();
        Held<T> h = held;
        if (h != null && h.generation == now && now != 0) {
            return h.value;
        }
        synchronized (this) {
            h = held;
            if (h == null || h.generation != now || now == 0) {
                h = new Held<>(now, load(h, now));
                held = h;
            }
            return h.value;
        }
    }

    /** Brings the copy up to date if one is held; a copy never read stays unread (it costs memory to hold). */
    void refreshIfHeld() {
        if (held != null) {
            current();
        }
    }

    private T load(Held<T> earlier, long now) {
        if (now == 0) {
            held = null;
            return source.readAll();
        }
        if (earlier != null && earlier.generation != 0) {
            Optional<Set<LocalDate>> days = changes.daysChanged(earlier.generation, now);
            if (days.isPresent()) {
                return saved(now, source.reread(earlier.value, days.get()));
            }
        }
        Optional<T> same = snapshot.read(now);
        if (same.isPresent()) {
            return same.get();
        }
        OptionalLong saved = snapshot.savedGeneration();
        if (saved.isPresent()) {
            Optional<Set<LocalDate>> days = changes.daysChanged(saved.getAsLong(), now);
            Optional<T> older = days.isPresent() ? snapshot.read(saved.getAsLong()) : Optional.empty();
            if (older.isPresent()) {
                return saved(now, source.reread(older.get(), days.get()));
            }
        }
        // Let the stale copy go first: holding both while everything is read again was the heap's peak.
        held = null;
        return saved(now, source.readAll());
    }

    /**
     * Writes the copy to disk for the next session. Only a copy of one generation from start to end may carry its
     * name: a change committed while the rows were read gave the rollups another one.
     */
    private T saved(long now, T value) {
        if (generation.getAsLong() == now) {
            snapshot.write(now, value);
        }
        return value;
    }
}

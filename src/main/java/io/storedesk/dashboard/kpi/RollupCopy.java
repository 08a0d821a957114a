package io.storedesk.dashboard.kpi;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Something read from the rollups and kept in memory, read again whenever their generation (KpiRollups) has
 * changed, and on every use while they were never built (generation 0), so what it answers is always what the
 * rollups in the store say. A copy read from the store is also written to a snapshot on disk, from which the next
 * session reads it while the generation is the same (RollupSnapshots).
 */
final class RollupCopy<T> {

    private final LongSupplier generation;
    private final Supplier<T> read;
    private final RollupSnapshots.Kind<T> snapshot;
    private volatile Held<T> held;

    private record Held<T>(long generation, T value) {
    }

    /** snapshot: where copies of a generation are kept between sessions. */
    RollupCopy(LongSupplier generation, Supplier<T> read, RollupSnapshots.Kind<T> snapshot) {
        this.generation = generation;
        this.read = read;
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
                // Let the stale copy go first: holding both while the new one is read was the heap's peak.
                held = null;
                h = new Held<>(now, load(now));
                held = h;
            }
            return h.value;
        }
    }

    private T load(long now) {
        if (now == 0) {
            return read.get();
        }
        return snapshot.read(now).orElseGet(() -> {
            T value = read.get();
            // Only a copy of one generation from start to end may carry its name: a change committed while the
            // rows were read gave the rollups another one.
            if (generation.getAsLong() == now) {
                snapshot.write(now, value);
            }
            return value;
        });
    }
}

package io.storedesk.dashboard.kpi;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Something read from the rollups and kept in memory, read again whenever their generation (KpiRollups) has
 * changed, and on every use while they were never built (generation 0), so what it answers is always what the
 * rollups in the store say.
 */
final class RollupCopy<T> {

    private final LongSupplier generation;
    private final Supplier<T> read;
    private volatile Held<T> held;

    private record Held<T>(long generation, T value) {
    }

    RollupCopy(LongSupplier generation, Supplier<T> read) {
        this.generation = generation;
        this.read = read;
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
                h = new Held<>(now, read.get());
                held = h;
            }
            return h.value;
        }
    }
}

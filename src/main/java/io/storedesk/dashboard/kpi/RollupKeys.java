package io.storedesk.dashboard.kpi;

import java.time.LocalDate;

/**
 * The ids of the rollup rows keyed by day (V32): the epoch day in the high 32 bits, a number within the build in
 * the low ones, so the rows of a day range are a range of ids.
 */
final class RollupKeys {

    private long next;

    /** The next id on the day. */
    long next(LocalDate day) {
        return first(day) | (next++ & 0xFFFF_FFFFL);
    }

    /** The smallest id a row of the day can have (the ids of a day run up to the first of the next). */
    static long first(LocalDate day) {
        return day.toEpochDay() << 32;
    }
}

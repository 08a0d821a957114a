package io.storedesk.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A run of whole days, first to last included, in the shop's time zone. */
public record Period(LocalDate first, LocalDate last) {

    public Period {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("period ends before it starts: " + first + " .. " + last);
        }
    }

    /** The given number of days ending with (and including) the given day. */
    public static Period lastDays(LocalDate endingOn, int days) {
        return new Period(endingOn.minusDays(days - 1L), endingOn);
    }

    public long days() {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }

    /** The period of the same length right before this one. */
    public Period previous() {
        return new Period(first.minusDays(days()), first.minusDays(1));
    }

    public Instant start(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }
}

package io.storedesk.stock;

import java.time.Instant;
import java.time.LocalDate;

/** A warning put aside: until a day (snoozed), or while it lasts (until null = dismissed). */
public record Dismissal(WarningKey warning, LocalDate until, String reason, String user, Instant at) {

    /** Whether the warning stays hidden on this day. */
    public boolean hides(LocalDate today) {
        return until == null || today.isBefore(until);
    }
}

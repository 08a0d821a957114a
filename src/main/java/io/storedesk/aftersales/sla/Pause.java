package io.storedesk.aftersales.sla;

import java.time.Instant;
import java.util.Objects;

/** A closed stretch of waiting on the customer: from entering WAITING_CUSTOMER until leaving it. */
public record Pause(Instant from, Instant to) {

    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("pause ends before it starts: " + from + " .. " + to);
        }
    }
}

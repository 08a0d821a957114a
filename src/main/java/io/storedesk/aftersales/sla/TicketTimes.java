package io.storedesk.aftersales.sla;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The moments of a ticket that SLA clocks read: created, first responded, resolved, feedback given (null =
 * not yet), the closed pauses (not overlapping) and the open one (pausedSince, null when not waiting).
 */
public record TicketTimes(Instant createdAt, Instant firstRespondedAt, Instant resolvedAt, Instant feedbackAt,
                          List<Pause> pauses, Instant pausedSince) {

    public TicketTimes {
        Objects.requireNonNull(createdAt, "createdAt");
        // Sorted once here so the clock can walk the pauses in order.
        pauses = pauses == null ? List.of() : pauses.stream().sorted(Comparator.comparing(Pause::from)).toList();
    }

    /** A ticket that has never waited on the customer. */
    public static TicketTimes unpaused(Instant createdAt, Instant firstRespondedAt, Instant resolvedAt,
                                       Instant feedbackAt) {
        return new TicketTimes(createdAt, firstRespondedAt, resolvedAt, feedbackAt, List.of(), null);
    }
}

package io.storedesk.aftersales;

import java.time.Instant;

/** One entry of a ticket's append-only timeline. id 0 = not yet stored. */
public record TicketEvent(long id, long ticketId, TicketEventKind kind, TicketStatus fromStatus,
                          TicketStatus toStatus, String actor, String body, Instant occurredAt) {
}

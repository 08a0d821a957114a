package io.storedesk.aftersales.report;

import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.aftersales.sla.SlaState;
import io.storedesk.aftersales.sla.SlaTarget;
import java.time.Duration;
import java.time.Instant;

/**
 * A ticket in the work queue with its next SLA deadline: the running target due soonest (null when no target
 * runs), when it is due, the wall-clock time left until then and the business minutes left against the target
 * (both negative once overdue). breached: some target of the ticket was missed, now or before.
 */
public record OpenTicket(String code, TicketType type, TicketStatus status, TicketPriority priority, String assignee,
                         SlaTarget nextTarget, SlaState nextState, Instant due, Duration timeLeft,
                         Long businessMinutesLeft, boolean breached) {
}

package io.storedesk.aftersales.queue;

import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.aftersales.sla.SlaState;
import io.storedesk.aftersales.sla.TargetStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * A ticket in the work queue with its clocks read at one instant: next is the running target due soonest (null
 * when no clock runs), everBreached whether any target of it has been missed, now or before, awaitingGoods
 * whether its warehouse still has goods to receive for it.
 */
public record QueueTicket(long id, String code, TicketType type, TicketStatus status, TicketPriority priority,
                          String subject, String orderNo, String customerName, String assignee, String assigneeName,
                          Long warehouseId, Instant createdAt, TargetStatus next, boolean everBreached,
                          boolean awaitingGoods) {

    /** When the next target is due; null when no clock runs. */
    public Instant due() {
        return next == null ? null : next.due();
    }

    /** Overdue on a target that still runs. */
    public boolean overdue() {
        return next != null && next.state() == SlaState.BREACHED;
    }

    /** Warned (75 % used) or overdue. */
    public boolean atRisk() {
        return next != null && (next.state() == SlaState.WARNING || next.state() == SlaState.BREACHED);
    }

    /** Wall-clock time left until the next target is due, negative once overdue; null when no clock runs. */
    public Duration timeLeft(Instant now) {
        return next == null ? null : Duration.between(now, next.due());
    }
}

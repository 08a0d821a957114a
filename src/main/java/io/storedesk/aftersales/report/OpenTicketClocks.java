package io.storedesk.aftersales.report;

import io.storedesk.aftersales.queue.QueueFilter;
import io.storedesk.aftersales.queue.QueueTicket;
import io.storedesk.aftersales.queue.TicketQueue;
import io.storedesk.aftersales.sla.TargetStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Open tickets by time to breach for the command line: the after-sales queue (see {@link TicketQueue}) with each
 * ticket's next deadline as wall-clock and business time left, filtered as `tickets list` asks.
 */
public final class OpenTicketClocks {

    private final TicketQueue queue;

    public OpenTicketClocks(TicketQueue queue) {
        this.queue = queue;
    }

    /** What to keep: only breached tickets (any target missed, now or before), only those due within a time
     *  (overdue included), only one agent's. */
    public record Filter(boolean breachedOnly, Duration dueWithin, String assignee) {

        public static final Filter ALL = new Filter(false, null, null);

        QueueFilter asQueueFilter() {
            return QueueFilter.all().mine(assignee).within(dueWithin);
        }
    }

    /** The queue now, filtered, soonest breach first. */
    public List<OpenTicket> open(Filter filter) {
        TicketQueue.Snapshot snapshot = queue.load();
        Instant now = snapshot.at();
        return snapshot.filter(filter.asQueueFilter()).stream()
                .filter(t -> !filter.breachedOnly() || t.everBreached())
                .map(t -> toOpenTicket(t, now)).toList();
    }

    static OpenTicket toOpenTicket(QueueTicket t, Instant now) {
        TargetStatus next = t.next();
        return new OpenTicket(t.code(), t.type(), t.status(), t.priority(), t.assignee(),
                next == null ? null : next.target(), next == null ? null : next.state(), t.due(), t.timeLeft(now),
                next == null ? null : next.minutesLeft(), t.everBreached());
    }
}

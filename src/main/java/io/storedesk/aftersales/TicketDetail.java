package io.storedesk.aftersales;

import io.storedesk.aftersales.sla.TargetStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything the after-sales pane shows of one ticket: the ticket, who it concerns, its goods, its timeline
 * (oldest first), its SLA clocks as read at readAt, and the statuses it may move to.
 */
public record TicketDetail(Ticket ticket, TicketParties parties, List<TicketLineView> lines,
                           List<TicketEvent> timeline, List<TargetStatus> clocks, Set<TicketStatus> next,
                           Instant readAt) {

    public TicketDetail {
        lines = List.copyOf(lines);
        timeline = List.copyOf(timeline);
        clocks = List.copyOf(clocks);
        next = Set.copyOf(next);
    }
}

package io.storedesk.aftersales.queue;

import io.storedesk.aftersales.SlaRepository;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.sla.Pause;
import io.storedesk.aftersales.sla.PolicyClocks;
import io.storedesk.aftersales.sla.TargetStatus;
import io.storedesk.aftersales.sla.TicketTimes;
import io.storedesk.store.ShopSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The after-sales work queue: every ticket someone still has to act on, with its SLA clocks read now (pauses
 * move the due times), so that it can be filtered and sorted by time to breach without asking the store again.
 */
public final class TicketQueue {

    private final QueueRepository queue;
    private final SlaRepository sla;
    private final TicketRepository tickets;
    private final ShopSettings shop;
    private final Clock clock;

    public TicketQueue(QueueRepository queue, SlaRepository sla, TicketRepository tickets, ShopSettings shop,
                       Clock clock) {
        this.queue = queue;
        this.sla = sla;
        this.tickets = tickets;
        this.shop = shop;
        this.clock = clock;
    }

    /** The queue as it stands now, in no particular order (a {@link QueueFilter} sorts it). */
    public Snapshot load() {
        List<StoredQueueTicket> stored = queue.queued();
        Map<Long, List<Pause>> pauses = sla.pauses(stored.stream().map(StoredQueueTicket::id).toList());
        Instant now = clock.instant();
        return new Snapshot(now, clocked(stored, pauses, tickets.clocks(shop.zone()), now));
    }

    /** Reads every ticket's clocks at now: the running target due soonest becomes its next one. */
    public static List<QueueTicket> clocked(List<StoredQueueTicket> stored, Map<Long, List<Pause>> pauses, PolicyClocks clocks,
                                     Instant now) {
        List<QueueTicket> result = new ArrayList<>(stored.size());
        for (StoredQueueTicket t : stored) {
            TargetStatus next = null;
            boolean breached = t.breachFlagged();
            if (t.slaPolicyId() != null) {
                TicketTimes times = new TicketTimes(t.createdAt(), t.firstRespondedAt(), t.resolvedAt(),
                        t.feedbackAt(), pauses.getOrDefault(t.id(), List.of()), t.pausedSince());
                for (TargetStatus s : clocks.clock(t.slaPolicyId()).orElseThrow().statusAt(times, now).values()) {
                    breached |= s.state().breached();
                    if (s.state().running() && (next == null || s.due().isBefore(next.due()))) {
                        next = s;
                    }
                }
            }
            result.add(new QueueTicket(t.id(), t.code(), t.type(), t.status(), t.priority(), t.subject(), t.orderNo(),
                    t.customerName(), t.assignee(), t.assigneeName(), t.warehouseId(), t.createdAt(), next, breached,
                    t.awaitingGoods()));
        }
        return result;
    }

    /** The queue read at one instant, most urgent first. */
    public record Snapshot(Instant at, List<QueueTicket> tickets) {

        public Snapshot {
            // Sorted once when read, so a filter only has to keep what matches (the order stays).
            tickets = tickets.stream().sorted(QueueFilter.BY_TIME_TO_BREACH).toList();
        }

        public List<QueueTicket> filter(QueueFilter filter) {
            return filter.keep(tickets, at);
        }
    }
}

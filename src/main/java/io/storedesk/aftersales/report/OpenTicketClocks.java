package io.storedesk.aftersales.report;

import io.storedesk.aftersales.SlaRepository;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.sla.Pause;
import io.storedesk.aftersales.sla.SlaTarget;
import io.storedesk.aftersales.sla.TargetStatus;
import io.storedesk.store.ShopSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Open tickets by time to breach, soonest first: each ticket's running SLA targets computed now (so a wait on the
 * customer pushes them out), the earliest due one leading. Done tickets still owing the customer the outcome are
 * listed while their feedback clock runs; tickets without a running target come last.
 */
public final class OpenTicketClocks {

    private static final Comparator<OpenTicket> SOONEST_FIRST = Comparator
            .comparing(OpenTicket::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OpenTicket::code);

    private final SlaReportRepository repository;
    private final SlaRepository sla;
    private final TicketRepository tickets;
    private final ShopSettings shop;
    private final Clock clock;

    public OpenTicketClocks(SlaReportRepository repository, SlaRepository sla, TicketRepository tickets,
                            ShopSettings shop, Clock clock) {
        this.repository = repository;
        this.sla = sla;
        this.tickets = tickets;
        this.shop = shop;
        this.clock = clock;
    }

    /** What to keep: only breached tickets, only those due within a time (overdue included), only one agent's. */
    public record Filter(boolean breachedOnly, Duration dueWithin, String assignee) {

        public static final Filter ALL = new Filter(false, null, null);

        boolean keeps(OpenTicket t) {
            if (breachedOnly && !t.breached()) {
                return false;
            }
            if (dueWithin != null && (t.timeLeft() == null || t.timeLeft().compareTo(dueWithin) > 0)) {
                return false;
            }
            return assignee == null || assignee.equals(t.assignee());
        }
    }

    /** The queue now, filtered. */
    public List<OpenTicket> open(Filter filter) {
        ZoneId zone = shop.zone();
        List<ReportedTicket> running = repository.running();
        PolicyClocks clocks = new PolicyClocks(repository.policyTargets(), p -> tickets.calendar(p, zone), zone);
        Map<Long, List<Pause>> pauses = sla.pauses(running.stream().map(ReportedTicket::id).toList());
        return rank(running, clocks, pauses, clock.instant()).stream().filter(filter::keeps).toList();
    }

    /** The queue of the given tickets at now, soonest breach first. */
    public static List<OpenTicket> rank(List<ReportedTicket> running, PolicyClocks clocks,
                                        Map<Long, List<Pause>> pauses, Instant now) {
        List<OpenTicket> queue = new ArrayList<>();
        for (ReportedTicket t : running) {
            List<TargetStatus> states = clocks.clock(t.slaPolicyId())
                    .map(c -> List.copyOf(c.statusAt(t.times(pauses.getOrDefault(t.id(), List.of())), now).values()))
                    .orElse(List.of());
            Optional<TargetStatus> next = states.stream().filter(s -> s.state().running())
                    .min(Comparator.comparing(TargetStatus::due));
            if (next.isEmpty() && !t.status().isOpen()) {
                continue;
            }
            boolean breached = !t.breached().isEmpty() || states.stream().anyMatch(s -> s.state().breached());
            SlaTarget target = next.map(TargetStatus::target).orElse(null);
            queue.add(new OpenTicket(t.code(), t.type(), t.status(), t.priority(), t.assignee(), target,
                    next.map(TargetStatus::state).orElse(null), next.map(TargetStatus::due).orElse(null),
                    next.map(s -> Duration.between(now, s.due())).orElse(null),
                    next.map(TargetStatus::minutesLeft).orElse(null), breached));
        }
        queue.sort(SOONEST_FIRST);
        return queue;
    }
}

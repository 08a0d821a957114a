package io.storedesk.aftersales;

import io.storedesk.aftersales.sla.Pause;
import io.storedesk.aftersales.sla.SlaTarget;
import io.storedesk.aftersales.sla.TargetStatus;
import io.storedesk.aftersales.sla.TicketFlow;
import io.storedesk.aftersales.sla.TicketTimes;
import io.storedesk.common.RefusedInputException;
import io.storedesk.store.ShopSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Reads one ticket as the after-sales pane shows it, with its SLA clocks at now. */
public final class TicketDetails {

    private final TicketRepository tickets;
    private final TicketDetailRepository details;
    private final SlaRepository sla;
    private final ShopSettings shop;
    private final Clock clock;

    public TicketDetails(TicketRepository tickets, TicketDetailRepository details, SlaRepository sla,
                         ShopSettings shop, Clock clock) {
        this.tickets = tickets;
        this.details = details;
        this.sla = sla;
        this.shop = shop;
        this.clock = clock;
    }

    /** The ticket with this code; refused (aftersales.error.unknown) when there is none. */
    public TicketDetail detail(String code) {
        Ticket t = tickets.findTicket(code).orElseThrow(() -> new RefusedInputException("aftersales.error.unknown",
                code));
        Instant now = clock.instant();
        return new TicketDetail(t, details.parties(t.id()), details.lines(t.id()), tickets.events(t.id()),
                clocks(t, now), TicketFlow.next(t.status()), now);
    }

    public List<AgentName> agents() {
        return details.agents();
    }

    public TicketDetail detail(long ticketId) {
        return detail(details.codeOf(ticketId).orElseThrow(() -> new RefusedInputException(
                "aftersales.error.unknown", String.valueOf(ticketId))));
    }

    private List<TargetStatus> clocks(Ticket t, Instant now) {
        if (t.slaPolicyId() == null) {
            return List.of();
        }
        List<Pause> pauses = sla.pauses(List.of(t.id())).getOrDefault(t.id(), List.of());
        TicketTimes times = new TicketTimes(t.createdAt(), t.firstRespondedAt(), t.resolvedAt(), t.feedbackAt(),
                pauses, tickets.statusOf(t.code()).map(TicketRepository.StatusUpdate::pausedSince).orElse(null));
        Map<SlaTarget, TargetStatus> statuses = tickets.clocks(shop.zone()).clock(t.slaPolicyId()).orElseThrow()
                .statusAt(times, now);
        return statuses.values().stream().sorted(Comparator.comparing(TargetStatus::target)).toList();
    }
}

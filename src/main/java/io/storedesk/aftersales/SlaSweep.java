package io.storedesk.aftersales;

import io.storedesk.aftersales.SlaRepository.ClockedTicket;
import io.storedesk.aftersales.sla.Escalation;
import io.storedesk.aftersales.sla.PolicyClocks;
import io.storedesk.aftersales.sla.SlaState;
import io.storedesk.aftersales.sla.SlaTarget;
import io.storedesk.aftersales.sla.TargetStatus;
import io.storedesk.aftersales.sla.TicketTimes;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recomputes the SLA clocks of every ticket whose clocks run: a target at 75 % gets one SLA_WARNING on the
 * timeline; a newly breached target is recorded for good (reports keep it after the ticket closes) and
 * escalates the ticket once per sweep: priority one step up, to the lead of the assignee's team (or left with
 * the assignee when there is none), with an SLA_BREACH event naming the target.
 */
public final class SlaSweep {

    private final SlaRepository repository;
    private final TicketRepository tickets;
    private final Transactions transactions;
    private final ShopSettings shop;
    private final Clock clock;
    private final Access access;

    public SlaSweep(SlaRepository repository, TicketRepository tickets, Transactions transactions, ShopSettings shop,
                    Clock clock, Access access) {
        this.access = access;
        this.repository = repository;
        this.tickets = tickets;
        this.transactions = transactions;
        this.shop = shop;
        this.clock = clock;
    }

    /** One sweep at the clock's now, asked for by a person (who needs the after-sales right). */
    public SweepResult sweep(String user) {
        access.require(Permission.AFTERSALES_EDIT);
        return sweepClocks(user);
    }

    /**
     * The desk's own minutely sweep (SlaSchedule): not a person's action, so it runs whoever is signed in. Package
     * private, so only the schedule in this package takes this path. Each ticket changed is its own unit of work.
     */
    SweepResult sweepClocks(String user) {
        Instant now = clock.instant();
        List<ClockedTicket> running = repository.running();
        List<Long> ids = running.stream().map(ClockedTicket::id).toList();
        var pauses = repository.pauses(ids);
        var warned = repository.warned(ids);
        PolicyClocks clocks = tickets.clocks(shop.zone());
        int warnings = 0;
        int breaches = 0;
        for (ClockedTicket t : running) {
            TicketTimes times = new TicketTimes(t.createdAt(), t.firstRespondedAt(), t.resolvedAt(), t.feedbackAt(),
                    pauses.getOrDefault(t.id(), List.of()), t.pausedSince());
            Map<SlaTarget, TargetStatus> states = clocks.clock(t.slaPolicyId()).orElseThrow()
                    .statusAt(times, now);
            List<TicketEvent> events = new ArrayList<>();
            Set<String> alreadyWarned = warned.getOrDefault(t.id(), Set.of());
            Set<SlaTarget> breached = EnumSet.noneOf(SlaTarget.class);
            breached.addAll(t.breached());
            for (TargetStatus status : states.values()) {
                if (status.state() == SlaState.WARNING && !alreadyWarned.contains(status.target().name())) {
                    events.add(event(t, TicketEventKind.SLA_WARNING, status.target().name(), user, now));
                }
                if (status.state().breached()) {
                    breached.add(status.target());
                }
            }
            warnings += events.size();
            if (breached.equals(t.breached())) {
                transactions.inTransaction(() -> tickets.appendEvents(events));
                continue;
            }
            SlaTarget first = breached.stream().filter(b -> !t.breached().contains(b)).findFirst().orElseThrow();
            String lead = t.teamLead() != null ? t.teamLead() : t.assignee();
            Escalation escalation = Escalation.forBreach(t.code(), t.priority(), first, lead);
            events.add(event(t, TicketEventKind.SLA_BREACH, first.name(), user, now));
            boolean saved = transactions.inTransaction(() -> {
                if (!repository.escalate(t, breached, escalation.priority(), lead, user, now)) {
                    return false;
                }
                tickets.appendEvents(events);
                return true;
            });
            breaches += saved ? 1 : 0;
        }
        return new SweepResult(running.size(), warnings, breaches);
    }

    private static TicketEvent event(ClockedTicket t, TicketEventKind kind, String target, String user, Instant at) {
        return new TicketEvent(0, t.id(), kind, null, null, user, target, at);
    }

    /** What a sweep did: tickets whose clocks were read, warnings given, tickets escalated for a new breach. */
    public record SweepResult(int checked, int warnings, int escalated) {
    }
}

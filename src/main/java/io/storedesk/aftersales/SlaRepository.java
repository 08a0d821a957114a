package io.storedesk.aftersales;

import static io.storedesk.store.schema.Tables.APP_USER;
import static io.storedesk.store.schema.Tables.SUPPORT_TEAM;
import static io.storedesk.store.schema.Tables.TICKET;
import static io.storedesk.store.schema.Tables.TICKET_EVENT;

import io.storedesk.aftersales.sla.Pause;
import io.storedesk.aftersales.sla.SlaTarget;
import io.storedesk.store.Chunks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** What the SLA sweep reads and writes: open tickets' clocks, their pauses and warnings, breach flags. */
public final class SlaRepository {

    private static final List<String> RUNNING = List.of(TicketStatus.PENDING_REVIEW.name(),
            TicketStatus.PROCESSING.name(), TicketStatus.WAITING_CUSTOMER.name(), TicketStatus.DONE.name());

    private final DSLContext dsl;

    public SlaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Tickets whose clocks still run (open, or done and awaiting feedback), with the lead of the assignee's team. */
    public List<ClockedTicket> running() {
        var lead = SUPPORT_TEAM.LEAD_USER;
        return dsl.select(TICKET.ID, TICKET.CODE, TICKET.PRIORITY, TICKET.ASSIGNEE, TICKET.SLA_POLICY_ID,
                        TICKET.CREATED_AT, TICKET.FIRST_RESPONDED_AT, TICKET.RESOLVED_AT, TICKET.FEEDBACK_AT,
                        TICKET.PAUSED_SINCE, TICKET.FIRST_RESPONSE_BREACHED, TICKET.RESOLUTION_BREACHED,
                        TICKET.FEEDBACK_BREACHED, TICKET.VERSION, lead)
                .from(TICKET)
                .leftJoin(APP_USER).on(APP_USER.USERNAME.eq(TICKET.ASSIGNEE))
                .leftJoin(SUPPORT_TEAM).on(SUPPORT_TEAM.ID.eq(APP_USER.TEAM_ID))
                .where(TICKET.STATUS.in(RUNNING), TICKET.SLA_POLICY_ID.isNotNull())
                .fetch(r -> {
                    Set<SlaTarget> breached = EnumSet.noneOf(SlaTarget.class);
                    if (r.value11()) {
                        breached.add(SlaTarget.FIRST_RESPONSE);
                    }
                    if (r.value12()) {
                        breached.add(SlaTarget.RESOLUTION);
                    }
                    if (r.value13()) {
                        breached.add(SlaTarget.FEEDBACK);
                    }
                    return new ClockedTicket(r.value1(), r.value2(), TicketPriority.valueOf(r.value3()), r.value4(),
                            r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), breached,
                            r.value14(), r.value15());
                });
    }

    /** Closed pauses (waiting on the customer) by ticket, from the status changes on the timeline. */
    public Map<Long, List<Pause>> pauses(Collection<Long> ticketIds) {
        Map<Long, List<Pause>> result = new HashMap<>();
        Map<Long, Instant> open = new HashMap<>();
        for (List<Long> chunk : Chunks.of(ticketIds)) {
            dsl.select(TICKET_EVENT.TICKET_ID, TICKET_EVENT.FROM_STATUS, TICKET_EVENT.TO_STATUS,
                            TICKET_EVENT.OCCURRED_AT)
                    .from(TICKET_EVENT)
                    .where(TICKET_EVENT.TICKET_ID.in(chunk), TICKET_EVENT.KIND.eq(TicketEventKind.STATUS.name()),
                            TICKET_EVENT.TO_STATUS.eq(TicketStatus.WAITING_CUSTOMER.name())
                                    .or(TICKET_EVENT.FROM_STATUS.eq(TicketStatus.WAITING_CUSTOMER.name())))
                    .orderBy(TICKET_EVENT.TICKET_ID, TICKET_EVENT.OCCURRED_AT, TICKET_EVENT.ID)
                    .forEach(r -> {
                        if (TicketStatus.WAITING_CUSTOMER.name().equals(r.value3())) {
                            open.put(r.value1(), r.value4());
                        } else {
                            Instant from = open.remove(r.value1());
                            if (from != null && r.value4().isAfter(from)) {
                                result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(
                                        new Pause(from, r.value4()));
                            }
                        }
                    });
        }
        return result;
    }

    /** Targets already warned about, by ticket (an SLA_WARNING event's body names its target). */
    public Map<Long, Set<String>> warned(Collection<Long> ticketIds) {
        Map<Long, Set<String>> result = new HashMap<>();
        for (List<Long> chunk : Chunks.of(ticketIds)) {
            dsl.select(TICKET_EVENT.TICKET_ID, TICKET_EVENT.BODY).from(TICKET_EVENT)
                    .where(TICKET_EVENT.TICKET_ID.in(chunk), TICKET_EVENT.KIND.eq(TicketEventKind.SLA_WARNING.name()))
                    .forEach(r -> result.computeIfAbsent(r.value1(), k -> new java.util.HashSet<>()).add(r.value2()));
        }
        return result;
    }

    /** Records breaches and their escalation if the ticket still has the version read; false otherwise. */
    public boolean escalate(ClockedTicket t, Set<SlaTarget> breached, TicketPriority priority, String assignee,
                            String user, Instant at) {
        return dsl.update(TICKET)
                .set(TICKET.FIRST_RESPONSE_BREACHED, breached.contains(SlaTarget.FIRST_RESPONSE))
                .set(TICKET.RESOLUTION_BREACHED, breached.contains(SlaTarget.RESOLUTION))
                .set(TICKET.FEEDBACK_BREACHED, breached.contains(SlaTarget.FEEDBACK))
                .set(TICKET.PRIORITY, priority.name())
                .set(TICKET.ASSIGNEE, assignee)
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .set(TICKET.UPDATED_AT, at)
                .set(TICKET.UPDATED_BY, user)
                .where(TICKET.ID.eq(t.id()), TICKET.VERSION.eq(t.version()))
                .execute() == 1;
    }


    /** A ticket whose SLA clocks run, as the sweep reads it. */
    public record ClockedTicket(long id, String code, TicketPriority priority, String assignee, long slaPolicyId,
                                Instant createdAt, Instant firstRespondedAt, Instant resolvedAt, Instant feedbackAt,
                                Instant pausedSince, Set<SlaTarget> breached, int version, String teamLead) {
    }
}

package io.storedesk.aftersales.report;

import static io.storedesk.store.schema.Tables.TICKET;

import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.aftersales.sla.SlaTarget;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The tickets the SLA report and the open-ticket list read, and every policy's targets (inactive ones too). */
public final class SlaReportRepository {


    private final DSLContext dsl;

    public SlaReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Tickets created in [from, to). */
    public List<ReportedTicket> createdBetween(Instant from, Instant to) {
        return select(TICKET.CREATED_AT.ge(from).and(TICKET.CREATED_AT.lt(to)));
    }

    /**
     * Tickets open at an instant: created before it and neither resolved nor ended by then. A reopened ticket
     * counts as open from its creation to its last resolution (the earlier resolution is not kept).
     */
    public List<ReportedTicket> openAt(Instant at) {
        var ended = DSL.coalesce(TICKET.RESOLVED_AT, TICKET.CLOSED_AT);
        return select(TICKET.CREATED_AT.lt(at).and(ended.isNull().or(ended.gt(at))));
    }


    private List<ReportedTicket> select(Condition where) {
        return dsl.select(TICKET.ID, TICKET.CODE, TICKET.TICKET_TYPE, TICKET.STATUS, TICKET.PRIORITY,
                        TICKET.ASSIGNEE, TICKET.SLA_POLICY_ID, TICKET.CREATED_AT, TICKET.FIRST_RESPONDED_AT,
                        TICKET.RESOLVED_AT, TICKET.FEEDBACK_AT, TICKET.CLOSED_AT, TICKET.PAUSED_SINCE,
                        TICKET.FIRST_RESPONSE_BREACHED, TICKET.RESOLUTION_BREACHED, TICKET.FEEDBACK_BREACHED,
                        TICKET.REOPENED_COUNT, TICKET.SATISFACTION)
                .from(TICKET)
                .where(where)
                .orderBy(TICKET.CREATED_AT, TICKET.ID)
                .fetch(SlaReportRepository::toTicket);
    }

    private static ReportedTicket toTicket(Record r) {
        Set<SlaTarget> breached = EnumSet.noneOf(SlaTarget.class);
        if (r.get(TICKET.FIRST_RESPONSE_BREACHED)) {
            breached.add(SlaTarget.FIRST_RESPONSE);
        }
        if (r.get(TICKET.RESOLUTION_BREACHED)) {
            breached.add(SlaTarget.RESOLUTION);
        }
        if (r.get(TICKET.FEEDBACK_BREACHED)) {
            breached.add(SlaTarget.FEEDBACK);
        }
        return new ReportedTicket(r.get(TICKET.ID), r.get(TICKET.CODE), TicketType.valueOf(r.get(TICKET.TICKET_TYPE)),
                TicketStatus.valueOf(r.get(TICKET.STATUS)), TicketPriority.valueOf(r.get(TICKET.PRIORITY)),
                r.get(TICKET.ASSIGNEE), r.get(TICKET.SLA_POLICY_ID), r.get(TICKET.CREATED_AT),
                r.get(TICKET.FIRST_RESPONDED_AT), r.get(TICKET.RESOLVED_AT), r.get(TICKET.FEEDBACK_AT),
                r.get(TICKET.CLOSED_AT), r.get(TICKET.PAUSED_SINCE), breached, r.get(TICKET.REOPENED_COUNT),
                r.get(TICKET.SATISFACTION));
    }
}

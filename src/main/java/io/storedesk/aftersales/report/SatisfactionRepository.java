package io.storedesk.aftersales.report;

import static io.storedesk.store.schema.Tables.TICKET;

import io.storedesk.aftersales.TicketStatus;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** Reads and writes a ticket's customer rating. */
public final class SatisfactionRepository {

    private final DSLContext dsl;

    public SatisfactionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What a rating needs to know of the ticket, with the version the write must still find. */
    public Optional<RatedTicket> find(String code) {
        return dsl.select(TICKET.ID, TICKET.VERSION, TICKET.STATUS, TICKET.FEEDBACK_AT).from(TICKET)
                .where(TICKET.CODE.eq(code))
                .fetchOptional(r -> new RatedTicket(r.value1(), r.value2(), TicketStatus.valueOf(r.value3()),
                        r.value4()));
    }

    /** Stores the rating and the feedback time if the ticket still has the version read; false otherwise. */
    public boolean save(RatedTicket t, int score, String comment, Instant feedbackAt, String user, Instant at) {
        return dsl.update(TICKET)
                .set(TICKET.SATISFACTION, score)
                .set(TICKET.SATISFACTION_COMMENT, comment)
                .set(TICKET.FEEDBACK_AT, feedbackAt)
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .set(TICKET.UPDATED_AT, at)
                .set(TICKET.UPDATED_BY, user)
                .where(TICKET.ID.eq(t.id()), TICKET.VERSION.eq(t.version()))
                .execute() == 1;
    }

    /** A ticket about to be rated. */
    public record RatedTicket(long id, int version, TicketStatus status, Instant feedbackAt) {
    }
}

package io.storedesk.aftersales;

import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.REPLY_TEMPLATE;
import static io.storedesk.store.schema.Tables.TICKET;
import static io.storedesk.store.schema.Tables.WAREHOUSE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Reply templates, what a reply's placeholders read from a ticket, and the first response it records. */
public final class ConversationRepository {

    private final DSLContext dsl;

    public ConversationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ReplyTemplate> templates(String language) {
        return dsl.selectFrom(REPLY_TEMPLATE).where(REPLY_TEMPLATE.LANGUAGE.eq(language))
                .orderBy(REPLY_TEMPLATE.CODE)
                .fetch(r -> new ReplyTemplate(r.getCode(), r.getLanguage(), r.getTitle(), r.getBody()));
    }

    public Optional<ReplyTemplate> template(String code, String language) {
        return dsl.selectFrom(REPLY_TEMPLATE)
                .where(REPLY_TEMPLATE.CODE.eq(code), REPLY_TEMPLATE.LANGUAGE.eq(language))
                .fetchOptional(r -> new ReplyTemplate(r.getCode(), r.getLanguage(), r.getTitle(), r.getBody()));
    }

    /** The ticket's order number and the address of the warehouse its goods go back to (each may be null). */
    public Placeholders placeholders(long ticketId) {
        return dsl.select(ORDERS.EXTERNAL_ID, WAREHOUSE.NAME, WAREHOUSE.PROVINCE, WAREHOUSE.CITY, WAREHOUSE.ADDRESS)
                .from(TICKET)
                .leftJoin(ORDERS).on(ORDERS.ID.eq(TICKET.ORDER_ID))
                .leftJoin(WAREHOUSE).on(WAREHOUSE.ID.eq(TICKET.WAREHOUSE_ID))
                .where(TICKET.ID.eq(ticketId))
                .fetchOne(r -> new Placeholders(r.value1(), r.value2() == null ? null
                        : String.join(" ", r.value3(), r.value4(), r.value5() == null ? "" : r.value5(),
                                r.value2()).replaceAll("\\s+", " ").strip()));
    }

    public record Placeholders(String orderNumber, String returnAddress) {
    }

    /** Records the first response unless one is recorded already; true when this call recorded it. */
    public boolean markFirstResponse(long ticketId, Instant at, String user) {
        return dsl.update(TICKET)
                .set(TICKET.FIRST_RESPONDED_AT, at)
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .set(TICKET.UPDATED_AT, at)
                .set(TICKET.UPDATED_BY, user)
                .where(TICKET.ID.eq(ticketId), TICKET.FIRST_RESPONDED_AT.isNull())
                .execute() == 1;
    }
}

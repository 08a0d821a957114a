package io.storedesk.aftersales.queue;

import static io.storedesk.store.schema.Tables.APP_USER;
import static io.storedesk.store.schema.Tables.CUSTOMER;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.TICKET;
import static io.storedesk.store.schema.Tables.TICKET_LINE;

import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.security.PersonalData;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The tickets a queue holds: every one someone still has to act on. */
public final class QueueRepository {

    private static final List<String> OPEN = List.of(TicketStatus.PENDING_REVIEW.name(),
            TicketStatus.PROCESSING.name(), TicketStatus.WAITING_CUSTOMER.name());

    private final DSLContext dsl;

    public QueueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<StoredQueueTicket> queued() {
        return dsl.select(TICKET.ID, TICKET.CODE, TICKET.TICKET_TYPE, TICKET.STATUS, TICKET.PRIORITY, TICKET.SUBJECT,
                        ORDERS.EXTERNAL_ID, CUSTOMER.NAME, TICKET.ASSIGNEE, APP_USER.DISPLAY_NAME, TICKET.WAREHOUSE_ID,
                        TICKET.CREATED_AT, TICKET.SLA_POLICY_ID, TICKET.FIRST_RESPONDED_AT, TICKET.RESOLVED_AT,
                        TICKET.FEEDBACK_AT, TICKET.PAUSED_SINCE,
                        DSL.field(TICKET.FIRST_RESPONSE_BREACHED.isTrue().or(TICKET.RESOLUTION_BREACHED.isTrue())
                                .or(TICKET.FEEDBACK_BREACHED.isTrue())),
                        DSL.field(TICKET.TICKET_TYPE.in(TicketType.RETURN.name(), TicketType.EXCHANGE.name())
                                .and(DSL.exists(DSL.selectOne().from(TICKET_LINE).where(TICKET_LINE.TICKET_ID
                                        .eq(TICKET.ID), TICKET_LINE.RECEIVED_QUANTITY.lt(TICKET_LINE.QUANTITY))))))
                .from(TICKET)
                .leftJoin(ORDERS).on(ORDERS.ID.eq(TICKET.ORDER_ID))
                .leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(TICKET.CUSTOMER_ID))
                .leftJoin(APP_USER).on(APP_USER.USERNAME.eq(TICKET.ASSIGNEE))
                // Open tickets, and done ones whose outcome the customer has not yet been told (feedback runs).
                .where(TICKET.STATUS.in(OPEN).or(TICKET.STATUS.eq(TicketStatus.DONE.name())
                        .and(TICKET.FEEDBACK_AT.isNull())))
                .fetch(r -> new StoredQueueTicket(r.value1(), r.value2(), TicketType.valueOf(r.value3()),
                        TicketStatus.valueOf(r.value4()), TicketPriority.valueOf(r.value5()), r.value6(), r.value7(),
                        PersonalData.name(r.value8()), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(),
                        r.value14(),
                        r.value15(), r.value16(), r.value17(), Boolean.TRUE.equals(r.value18()),
                        Boolean.TRUE.equals(r.value19())));
    }
}

package io.storedesk.aftersales;

import static io.storedesk.store.schema.Tables.APP_USER;
import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.CUSTOMER;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.PRODUCT;
import static io.storedesk.store.schema.Tables.SKU;
import static io.storedesk.store.schema.Tables.TICKET;
import static io.storedesk.store.schema.Tables.TICKET_LINE;
import static io.storedesk.store.schema.Tables.WAREHOUSE;

import io.storedesk.security.PersonalData;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What a ticket's detail shows beside the ticket itself: names of who it concerns, its goods by SKU. */
public final class TicketDetailRepository {

    private final DSLContext dsl;

    public TicketDetailRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Active people who handle tickets (agents, their leads, managers), by name. */
    public List<AgentName> agents() {
        return dsl.select(APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ON_DUTY).from(APP_USER)
                .where(APP_USER.ACTIVE.isTrue(), APP_USER.ROLE_CODE.in("AGENT", "MANAGER"))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.USERNAME)
                .fetch(r -> new AgentName(r.value1(), r.value2(), r.value3()));
    }

    public Optional<String> codeOf(long ticketId) {
        return dsl.select(TICKET.CODE).from(TICKET).where(TICKET.ID.eq(ticketId)).fetchOptional(TICKET.CODE);
    }

    public TicketParties parties(long ticketId) {
        return dsl.select(ORDERS.EXTERNAL_ID, CUSTOMER.NAME, CUSTOMER.TIER, CHANNEL.NAME,
                        DSL.coalesce(APP_USER.DISPLAY_NAME, TICKET.ASSIGNEE), WAREHOUSE.NAME)
                .from(TICKET)
                .leftJoin(ORDERS).on(ORDERS.ID.eq(TICKET.ORDER_ID))
                .leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(TICKET.CUSTOMER_ID))
                .leftJoin(CHANNEL).on(CHANNEL.ID.eq(TICKET.CHANNEL_ID))
                .leftJoin(APP_USER).on(APP_USER.USERNAME.eq(TICKET.ASSIGNEE))
                .leftJoin(WAREHOUSE).on(WAREHOUSE.ID.eq(TICKET.WAREHOUSE_ID))
                .where(TICKET.ID.eq(ticketId))
                .fetchOne(r -> new TicketParties(r.value1(), PersonalData.name(r.value2()), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }

    /** The goods, with the SKU's code and product title (or the order line's, for a SKU no longer listed). */
    public List<TicketLineView> lines(long ticketId) {
        return dsl.select(TICKET_LINE.ID, DSL.coalesce(SKU.CODE, ORDER_LINE.SKU_CODE),
                        DSL.coalesce(PRODUCT.TITLE, ORDER_LINE.TITLE), TICKET_LINE.QUANTITY,
                        TICKET_LINE.RECEIVED_QUANTITY, TICKET_LINE.CONDITION_FOUND)
                .from(TICKET_LINE)
                .leftJoin(SKU).on(SKU.ID.eq(TICKET_LINE.SKU_ID))
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(SKU.PRODUCT_ID))
                .leftJoin(ORDER_LINE).on(ORDER_LINE.ID.eq(TICKET_LINE.ORDER_LINE_ID))
                .where(TICKET_LINE.TICKET_ID.eq(ticketId))
                .orderBy(TICKET_LINE.ID)
                .fetch(r -> new TicketLineView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }
}

package io.storedesk.aftersales;

import static io.storedesk.store.schema.Tables.APP_USER;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.TICKET;
import static io.storedesk.store.schema.Tables.TICKET_EVENT;
import static io.storedesk.store.schema.Tables.TICKET_LINE;
import static io.storedesk.store.schema.Tables.USER_SKILL;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What assignment reads and writes: agents' skills and loads, a ticket's assignee, warehouses' receipt queues. */
public final class AssignmentRepository {

    private static final List<String> OPEN = List.of(TicketStatus.PENDING_REVIEW.name(),
            TicketStatus.PROCESSING.name(), TicketStatus.WAITING_CUSTOMER.name());

    private final DSLContext dsl;

    public AssignmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every user with at least one skill, with their open tickets and their last assignment: the newest
     * ASSIGNED event (by id, which grows with every insert) on a ticket they still hold.
     */
    public List<AgentLoad> agents() {
        Map<Long, Set<TicketType>> skills = new HashMap<>();
        dsl.select(USER_SKILL.USER_ID, USER_SKILL.TICKET_TYPE).from(USER_SKILL).forEach(r -> skills
                .computeIfAbsent(r.value1(), k -> EnumSet.noneOf(TicketType.class))
                .add(TicketType.valueOf(r.value2())));
        Map<String, Integer> open = dsl.select(TICKET.ASSIGNEE, DSL.count()).from(TICKET)
                .where(TICKET.STATUS.in(OPEN), TICKET.ASSIGNEE.isNotNull()).groupBy(TICKET.ASSIGNEE)
                .fetchMap(r -> r.value1(), r -> r.value2());
        Map<String, Long> lastTurn = dsl.select(TICKET.ASSIGNEE, DSL.max(TICKET_EVENT.ID)).from(TICKET_EVENT)
                .join(TICKET).on(TICKET.ID.eq(TICKET_EVENT.TICKET_ID))
                .where(TICKET_EVENT.KIND.eq(TicketEventKind.ASSIGNED.name()), TICKET.ASSIGNEE.isNotNull())
                .groupBy(TICKET.ASSIGNEE)
                .fetchMap(r -> r.value1(), r -> r.value2());
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.ACTIVE, APP_USER.ON_DUTY).from(APP_USER)
                .where(APP_USER.ID.in(skills.keySet())).orderBy(APP_USER.USERNAME)
                .fetch(r -> new AgentLoad(r.value2(), r.value3(), r.value4(), skills.get(r.value1()),
                        open.getOrDefault(r.value2(), 0), lastTurn.getOrDefault(r.value2(), 0L)));
    }

    /** Whether the user exists and is active; empty when there is no such user. */
    public Optional<Boolean> userActive(String username) {
        return dsl.select(APP_USER.ACTIVE).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchOptional(APP_USER.ACTIVE);
    }

    /** Gives the ticket to the assignee if it still has the version read; false otherwise. */
    public boolean updateAssignee(long ticketId, int version, String assignee, String user, Instant at) {
        return dsl.update(TICKET)
                .set(TICKET.ASSIGNEE, assignee)
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .set(TICKET.UPDATED_AT, at)
                .set(TICKET.UPDATED_BY, user)
                .where(TICKET.ID.eq(ticketId), TICKET.VERSION.eq(version))
                .execute() == 1;
    }

    /** Open returns and exchanges for the warehouse whose goods have not all come in, oldest first. */
    public List<WarehouseTask> warehouseQueue(long warehouseId) {
        var quantity = DSL.sum(TICKET_LINE.QUANTITY);
        var received = DSL.sum(TICKET_LINE.RECEIVED_QUANTITY);
        // Per line: one line fully received does not make up for another still missing.
        var linesShort = DSL.sum(DSL.when(TICKET_LINE.RECEIVED_QUANTITY.lt(TICKET_LINE.QUANTITY), DSL.inline(1))
                .otherwise(DSL.inline(0)));
        return dsl.select(TICKET.CODE, TICKET.TICKET_TYPE, TICKET.STATUS, ORDERS.EXTERNAL_ID, TICKET.ASSIGNEE,
                        TICKET.CREATED_AT, quantity, received)
                .from(TICKET)
                .join(TICKET_LINE).on(TICKET_LINE.TICKET_ID.eq(TICKET.ID))
                .leftJoin(ORDERS).on(ORDERS.ID.eq(TICKET.ORDER_ID))
                .where(TICKET.WAREHOUSE_ID.eq(warehouseId), TICKET.STATUS.in(OPEN),
                        TICKET.TICKET_TYPE.in(TicketType.RETURN.name(), TicketType.EXCHANGE.name()))
                .groupBy(TICKET.ID, TICKET.CODE, TICKET.TICKET_TYPE, TICKET.STATUS, ORDERS.EXTERNAL_ID,
                        TICKET.ASSIGNEE, TICKET.CREATED_AT)
                .having(linesShort.gt(BigDecimal.ZERO))
                .orderBy(TICKET.CREATED_AT, TICKET.ID)
                .fetch(r -> new WarehouseTask(r.value1(), TicketType.valueOf(r.value2()),
                        TicketStatus.valueOf(r.value3()), r.value4(), r.value5(), r.value6(), r.value7().intValue(),
                        r.value8().intValue()));
    }
}

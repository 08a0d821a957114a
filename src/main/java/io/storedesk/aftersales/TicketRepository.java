package io.storedesk.aftersales;

import static io.storedesk.store.schema.Tables.APP_USER;
import static io.storedesk.store.schema.Tables.CUSTOMER;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.SLA_POLICY;
import static io.storedesk.store.schema.Tables.TICKET;
import static io.storedesk.store.schema.Tables.TICKET_EVENT;
import static io.storedesk.store.schema.Tables.TICKET_LINE;

import io.storedesk.common.Money;
import io.storedesk.common.Page;
import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.TicketEventRecord;
import io.storedesk.store.schema.tables.records.TicketLineRecord;
import io.storedesk.store.schema.tables.records.TicketRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** SLA policies, tickets, their lines and timelines. */
public final class TicketRepository {

    private final DSLContext dsl;

    public TicketRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<SlaPolicy> slaPolicies() {
        return dsl.selectFrom(SLA_POLICY).where(SLA_POLICY.ACTIVE.isTrue()).orderBy(SLA_POLICY.MATCH_ORDER)
                .fetch(r -> new SlaPolicy(r.getId(), r.getCode(), r.getName(), r.getMatchOrder(),
                        r.getTicketType() == null ? null : TicketType.valueOf(r.getTicketType()),
                        r.getPriority() == null ? null : TicketPriority.valueOf(r.getPriority()),
                        r.getChannelId(), r.getCustomerTier(), r.getCalendarId(), r.getFirstResponseMinutes(),
                        r.getResolutionMinutes(), r.getFeedbackMinutes()));
    }

    /** Stores new tickets in one transaction and returns their ids by code. */
    public Map<String, Long> insertTickets(List<Ticket> tickets) {
        return dsl.transactionResult(() -> {
            List<Long> ids = BulkInsert.insertReturningIds(dsl, tickets.stream().map(t -> toRecord(dsl, t)).toList());
            Map<String, Long> result = new HashMap<>();
            for (int i = 0; i < tickets.size(); i++) {
                result.put(tickets.get(i).code(), ids.get(i));
            }
            return result;
        });
    }

    public Optional<Ticket> findTicket(String code) {
        return dsl.selectFrom(TICKET).where(TICKET.CODE.eq(code)).fetchOptional().map(TicketRepository::toTicket);
    }

    public void insertLines(List<TicketLine> lines) {
        BulkInsert.insert(dsl, lines.stream().map(l -> {
            TicketLineRecord r = dsl.newRecord(TICKET_LINE);
            r.setTicketId(l.ticketId());
            r.setOrderLineId(l.orderLineId());
            r.setSkuId(l.skuId());
            r.setQuantity(l.quantity());
            r.setReceivedQuantity(l.receivedQuantity());
            r.setConditionFound(l.conditionFound());
            return r;
        }).toList());
    }

    public List<TicketLine> lines(long ticketId) {
        return dsl.selectFrom(TICKET_LINE).where(TICKET_LINE.TICKET_ID.eq(ticketId)).orderBy(TICKET_LINE.ID)
                .fetch(r -> new TicketLine(r.getId(), r.getTicketId(), r.getOrderLineId(), r.getSkuId(),
                        r.getQuantity(), r.getReceivedQuantity(), r.getConditionFound()));
    }

    /** Appends events to timelines; events are never updated or deleted. */
    public void appendEvents(List<TicketEvent> events) {
        BulkInsert.insert(dsl, events.stream().map(e -> {
            TicketEventRecord r = dsl.newRecord(TICKET_EVENT);
            r.setTicketId(e.ticketId());
            r.setKind(e.kind().name());
            r.setFromStatus(e.fromStatus() == null ? null : e.fromStatus().name());
            r.setToStatus(e.toStatus() == null ? null : e.toStatus().name());
            r.setActor(e.actor());
            r.setBody(e.body());
            r.setOccurredAt(e.occurredAt());
            return r;
        }).toList());
    }

    public List<TicketEvent> events(long ticketId) {
        return dsl.selectFrom(TICKET_EVENT).where(TICKET_EVENT.TICKET_ID.eq(ticketId))
                .orderBy(TICKET_EVENT.OCCURRED_AT, TICKET_EVENT.ID)
                .fetch(r -> new TicketEvent(r.getId(), r.getTicketId(), TicketEventKind.valueOf(r.getKind()),
                        r.getFromStatus() == null ? null : TicketStatus.valueOf(r.getFromStatus()),
                        r.getToStatus() == null ? null : TicketStatus.valueOf(r.getToStatus()),
                        r.getActor(), r.getBody(), r.getOccurredAt()));
    }

    /** Tickets matching the text (code, subject, order, customer, assignee), open ones by due time first. */
    public Page<TicketRow> search(String text, int limit) {
        String t = text == null ? "" : text.strip();
        Condition where = t.isEmpty() ? DSL.noCondition()
                : TICKET.CODE.containsIgnoreCase(t).or(TICKET.SUBJECT.contains(t)).or(ORDERS.EXTERNAL_ID.contains(t))
                        .or(CUSTOMER.NAME.contains(t)).or(TICKET.ASSIGNEE.containsIgnoreCase(t))
                        .or(APP_USER.DISPLAY_NAME.contains(t));
        var from = TICKET.leftJoin(ORDERS).on(ORDERS.ID.eq(TICKET.ORDER_ID))
                .leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(TICKET.CUSTOMER_ID))
                .leftJoin(APP_USER).on(APP_USER.USERNAME.eq(TICKET.ASSIGNEE));
        long total = dsl.fetchCount(dsl.selectOne().from(from).where(where));
        var closed = DSL.when(TICKET.STATUS.in("PENDING_REVIEW", "PROCESSING", "WAITING_CUSTOMER"), DSL.inline(0))
                .otherwise(DSL.inline(1));
        List<TicketRow> rows = dsl.select(TICKET.ID, TICKET.CODE, TICKET.TICKET_TYPE, TICKET.STATUS, TICKET.PRIORITY,
                        TICKET.SUBJECT, ORDERS.EXTERNAL_ID, CUSTOMER.NAME,
                        DSL.coalesce(APP_USER.DISPLAY_NAME, TICKET.ASSIGNEE), TICKET.CREATED_AT,
                        TICKET.RESOLUTION_DUE, TICKET.RESOLVED_AT)
                .from(from)
                .where(where)
                .orderBy(closed, TICKET.RESOLUTION_DUE.asc().nullsLast(), TICKET.CREATED_AT.desc())
                .limit(limit)
                .fetch(r -> new TicketRow(r.value1(), r.value2(), TicketType.valueOf(r.value3()),
                        TicketStatus.valueOf(r.value4()), TicketPriority.valueOf(r.value5()), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10(), r.value11(), r.value12()));
        return new Page<>(rows, total);
    }

    public long countOpen() {
        return dsl.fetchCount(TICKET, TICKET.STATUS.in("PENDING_REVIEW", "PROCESSING", "WAITING_CUSTOMER"));
    }

    private static TicketRecord toRecord(DSLContext ctx, Ticket t) {
        TicketRecord r = ctx.newRecord(TICKET);
        r.setCode(t.code());
        r.setTicketType(t.type().name());
        r.setStatus(t.status().name());
        r.setPriority(t.priority().name());
        r.setReasonCode(t.reasonCode());
        r.setChannelId(t.channelId());
        r.setChannelReference(t.channelReference());
        r.setCustomerId(t.customerId());
        r.setOrderId(t.orderId());
        r.setSubject(t.subject());
        r.setAssignee(t.assignee());
        r.setWarehouseId(t.warehouseId());
        r.setSlaPolicyId(t.slaPolicyId());
        SlaDue due = t.due() == null ? new SlaDue(null, null, null) : t.due();
        r.setFirstResponseDue(due.firstResponse());
        r.setResolutionDue(due.resolution());
        r.setFeedbackDue(due.feedback());
        r.setFirstRespondedAt(t.firstRespondedAt());
        r.setResolvedAt(t.resolvedAt());
        r.setFeedbackAt(t.feedbackAt());
        r.setClosedAt(t.closedAt());
        r.setPausedMinutes(t.pausedMinutes());
        r.setSatisfaction(t.satisfaction());
        r.setRefundAmount(t.refundAmount() == null ? null : t.refundAmount().amount());
        r.setCurrency(t.refundAmount() == null ? Money.CNY : t.refundAmount().currency());
        r.setCreatedAt(t.createdAt());
        r.setUpdatedAt(t.createdAt());
        return r;
    }

    private static Ticket toTicket(TicketRecord r) {
        return new Ticket(r.getId(), r.getCode(), TicketType.valueOf(r.getTicketType()),
                TicketStatus.valueOf(r.getStatus()), TicketPriority.valueOf(r.getPriority()), r.getReasonCode(),
                r.getChannelId(), r.getChannelReference(), r.getCustomerId(), r.getOrderId(), r.getSubject(),
                r.getAssignee(), r.getWarehouseId(), r.getSlaPolicyId(),
                new SlaDue(r.getFirstResponseDue(), r.getResolutionDue(), r.getFeedbackDue()), r.getCreatedAt(),
                r.getFirstRespondedAt(), r.getResolvedAt(), r.getFeedbackAt(), r.getClosedAt(), r.getPausedMinutes(),
                r.getSatisfaction(),
                r.getRefundAmount() == null ? null : new Money(r.getRefundAmount(), r.getCurrency()), r.getVersion());
    }
}

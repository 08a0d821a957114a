package io.storedesk.aftersales;

import static io.storedesk.store.schema.Tables.APP_USER;
import static io.storedesk.store.schema.Tables.BUSINESS_CALENDAR;
import static io.storedesk.store.schema.Tables.CALENDAR_HOLIDAY;
import static io.storedesk.store.schema.Tables.CUSTOMER;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.SLA_POLICY;
import static io.storedesk.store.schema.Tables.TICKET;
import static io.storedesk.store.schema.Tables.TICKET_EVENT;
import static io.storedesk.store.schema.Tables.TICKET_LINE;

import io.storedesk.aftersales.sla.PolicyClocks;
import io.storedesk.aftersales.sla.SlaTargets;
import io.storedesk.aftersales.sla.WorkingCalendar;
import io.storedesk.common.Money;
import io.storedesk.common.Page;
import io.storedesk.common.TextInput;
import io.storedesk.security.PersonalData;
import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.TicketEventRecord;
import io.storedesk.store.schema.tables.records.TicketLineRecord;
import io.storedesk.store.schema.tables.records.TicketRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** Every policy's targets by policy id; a ticket keeps its policy's targets after the policy is retired. */
    public Map<Long, SlaTargets> policyTargets() {
        Map<Long, SlaTargets> result = new HashMap<>();
        dsl.select(SLA_POLICY.ID, SLA_POLICY.FIRST_RESPONSE_MINUTES, SLA_POLICY.RESOLUTION_MINUTES,
                        SLA_POLICY.FEEDBACK_MINUTES).from(SLA_POLICY)
                .forEach(r -> result.put(r.value1(), new SlaTargets(r.value2(), r.value3(), r.value4())));
        return result;
    }

    /** Every policy's clock (retired ones too) on its calendar, read as a pass first asks for it. */
    public PolicyClocks clocks(ZoneId zone) {
        return new PolicyClocks(policyTargets(), policy -> calendar(policy, zone), zone);
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

    /**
     * The calendar of an SLA policy with its holidays; a 24×7 calendar in the shop's zone when the policy is
     * unknown (a ticket without a policy still counts time somehow).
     */
    public WorkingCalendar calendar(Long slaPolicyId, ZoneId fallbackZone) {
        var row = slaPolicyId == null ? null : dsl.select(BUSINESS_CALENDAR.ID, BUSINESS_CALENDAR.TIME_ZONE,
                        BUSINESS_CALENDAR.ALWAYS_OPEN, BUSINESS_CALENDAR.WORK_START, BUSINESS_CALENDAR.WORK_END,
                        BUSINESS_CALENDAR.WORK_DAYS)
                .from(BUSINESS_CALENDAR).join(SLA_POLICY).on(SLA_POLICY.CALENDAR_ID.eq(BUSINESS_CALENDAR.ID))
                .where(SLA_POLICY.ID.eq(slaPolicyId)).fetchOne();
        if (row == null) {
            return WorkingCalendar.alwaysOpen(fallbackZone);
        }
        Set<LocalDate> holidays = new HashSet<>(dsl.select(CALENDAR_HOLIDAY.HOLIDAY_DATE).from(CALENDAR_HOLIDAY)
                .where(CALENDAR_HOLIDAY.CALENDAR_ID.eq(row.value1())).fetch(CALENDAR_HOLIDAY.HOLIDAY_DATE));
        ZoneId zone = ZoneId.of(row.value2());
        return row.value3() ? WorkingCalendar.alwaysOpen(zone) : new WorkingCalendar(zone, false, row.value4(),
                row.value5(), WorkingCalendar.parseWorkDays(row.value6()), holidays);
    }

    /** Writes a ticket's new status and its clock fields if it still has the version read; false otherwise. */
    public boolean updateStatus(StatusUpdate u, String user, Instant at) {
        return dsl.update(TICKET)
                .set(TICKET.STATUS, u.status().name())
                .set(TICKET.FIRST_RESPONDED_AT, u.firstRespondedAt())
                .set(TICKET.RESOLVED_AT, u.resolvedAt())
                .set(TICKET.CLOSED_AT, u.closedAt())
                .set(TICKET.PAUSED_SINCE, u.pausedSince())
                .set(TICKET.PAUSED_MINUTES, u.pausedMinutes())
                .set(TICKET.REOPENED_COUNT, u.reopenedCount())
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .set(TICKET.UPDATED_AT, at)
                .set(TICKET.UPDATED_BY, user)
                .where(TICKET.ID.eq(u.ticketId()), TICKET.VERSION.eq(u.version()))
                .execute() == 1;
    }

    /**
     * Tickets loaded while waiting on the customer get their open pause from the timeline: since the last move
     * into waiting. Without it their clocks would run on as if nobody waited.
     */
    public int startPausesFromTimeline() {
        return dsl.update(TICKET)
                .set(TICKET.PAUSED_SINCE, DSL.select(DSL.max(TICKET_EVENT.OCCURRED_AT)).from(TICKET_EVENT)
                        .where(TICKET_EVENT.TICKET_ID.eq(TICKET.ID), TICKET_EVENT.KIND.eq(TicketEventKind.STATUS.name()),
                                TICKET_EVENT.TO_STATUS.eq(TicketStatus.WAITING_CUSTOMER.name())))
                .where(TICKET.STATUS.eq(TicketStatus.WAITING_CUSTOMER.name()), TICKET.PAUSED_SINCE.isNull())
                .execute();
    }

    /** The clock fields of a ticket as stored, for a status change to start from. */
    public Optional<StatusUpdate> statusOf(String code) {
        return dsl.select(TICKET.ID, TICKET.VERSION, TICKET.STATUS, TICKET.FIRST_RESPONDED_AT, TICKET.RESOLVED_AT,
                        TICKET.CLOSED_AT, TICKET.PAUSED_SINCE, TICKET.PAUSED_MINUTES, TICKET.REOPENED_COUNT,
                        TICKET.SLA_POLICY_ID)
                .from(TICKET).where(TICKET.CODE.eq(code))
                .fetchOptional(r -> new StatusUpdate(r.value1(), r.value2(), TicketStatus.valueOf(r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
    }

    /** A ticket's status and the fields its clocks read, with the version a change must still find. */
    public record StatusUpdate(long ticketId, int version, TicketStatus status, Instant firstRespondedAt,
                               Instant resolvedAt, Instant closedAt, Instant pausedSince, int pausedMinutes,
                               int reopenedCount, Long slaPolicyId) {
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

    /**
     * Who changed the ticket last and when (the row's own columns), with the newest timeline entry of theirs
     * from that moment on, which says what they did (none when the change left no entry). Notes and receipts
     * are passed over: neither changes the ticket's row, so one written after the change does not say what the
     * change was.
     */
    public Optional<TicketChange> lastChange(long ticketId) {
        return dsl.select(TICKET.CODE, TICKET.UPDATED_BY, TICKET.UPDATED_AT, TICKET.STATUS).from(TICKET)
                .where(TICKET.ID.eq(ticketId)).fetchOptional(t -> {
                    Optional<TicketEvent> event = dsl.selectFrom(TICKET_EVENT)
                            .where(TICKET_EVENT.TICKET_ID.eq(ticketId), TICKET_EVENT.ACTOR.eq(t.value2()),
                                    TICKET_EVENT.OCCURRED_AT.ge(t.value3()),
                                    TICKET_EVENT.KIND.notIn(TicketEventKind.NOTE.name(),
                                            TicketEventKind.RECEIPT.name()))
                            .orderBy(TICKET_EVENT.OCCURRED_AT.desc(), TICKET_EVENT.ID.desc()).limit(1)
                            .fetchOptional(TicketRepository::toEvent);
                    return new TicketChange(t.value1(), t.value2(), t.value3(), TicketStatus.valueOf(t.value4()),
                            event.orElse(null));
                });
    }

    /**
     * The receipt that last changed a ticket line, as a desk that lost the race to it is told: its RECEIPT
     * timeline entry written in the same unit of work (same moment as the line's updated_at), with the ticket's
     * code and status; empty when the line's last change left no such entry (e.g. loaded with the demo shop).
     */
    public Optional<TicketChange> lastReceipt(long ticketLineId) {
        return dsl.select(TICKET.CODE, TICKET.STATUS, TICKET_EVENT.asterisk()).from(TICKET_LINE)
                .join(TICKET).on(TICKET.ID.eq(TICKET_LINE.TICKET_ID))
                .join(TICKET_EVENT).on(TICKET_EVENT.TICKET_ID.eq(TICKET_LINE.TICKET_ID),
                        TICKET_EVENT.KIND.eq(TicketEventKind.RECEIPT.name()),
                        TICKET_EVENT.OCCURRED_AT.eq(TICKET_LINE.UPDATED_AT))
                .where(TICKET_LINE.ID.eq(ticketLineId))
                .orderBy(TICKET_EVENT.ID.desc()).limit(1)
                .fetchOptional(r -> {
                    TicketEvent event = toEvent(r.into(TICKET_EVENT));
                    return new TicketChange(r.get(TICKET.CODE), event.actor(), event.occurredAt(),
                            TicketStatus.valueOf(r.get(TICKET.STATUS)), event);
                });
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
                .fetch(TicketRepository::toEvent);
    }

    private static TicketEvent toEvent(TicketEventRecord r) {
        return new TicketEvent(r.getId(), r.getTicketId(), TicketEventKind.valueOf(r.getKind()),
                r.getFromStatus() == null ? null : TicketStatus.valueOf(r.getFromStatus()),
                r.getToStatus() == null ? null : TicketStatus.valueOf(r.getToStatus()),
                r.getActor(), r.getBody(), r.getOccurredAt());
    }

    /** Tickets matching the text (code, subject, order, customer, assignee), open ones by due time first. */
    public Page<TicketRow> search(String text, int limit) {
        String t = text == null ? "" : TextInput.forSearch(text.strip());
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
                        PersonalData.name(r.value8()), r.value9(), r.value10(), r.value11(), r.value12()));
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

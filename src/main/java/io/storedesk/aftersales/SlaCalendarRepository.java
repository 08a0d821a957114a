package io.storedesk.aftersales;

import static io.storedesk.store.schema.Tables.BUSINESS_CALENDAR;
import static io.storedesk.store.schema.Tables.CALENDAR_HOLIDAY;
import static io.storedesk.store.schema.Tables.SLA_POLICY;
import static io.storedesk.store.schema.Tables.TICKET;

import io.storedesk.aftersales.sla.CalendarHoliday;
import io.storedesk.aftersales.sla.PolicyCalendar;
import io.storedesk.aftersales.sla.SlaCalendar;
import io.storedesk.aftersales.sla.WorkingCalendar;
import io.storedesk.store.schema.tables.records.BusinessCalendarRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The business calendars with their holidays, the policies on them, and the stored dues of their open tickets. */
public final class SlaCalendarRepository {

    private static final List<String> OPEN = List.of(TicketStatus.PENDING_REVIEW.name(),
            TicketStatus.PROCESSING.name(), TicketStatus.WAITING_CUSTOMER.name(), TicketStatus.DONE.name());

    private final DSLContext dsl;

    public SlaCalendarRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every calendar by code, with its holidays (by date) and the policies on it (retired ones too). */
    public List<SlaCalendar> all() {
        Map<Long, List<CalendarHoliday>> holidays = new HashMap<>();
        dsl.selectFrom(CALENDAR_HOLIDAY).orderBy(CALENDAR_HOLIDAY.HOLIDAY_DATE).forEach(h -> holidays
                .computeIfAbsent(h.getCalendarId(), k -> new ArrayList<>())
                .add(new CalendarHoliday(h.getHolidayDate(), h.getName())));
        Map<Long, List<String>> policies = new HashMap<>();
        dsl.select(SLA_POLICY.CALENDAR_ID, SLA_POLICY.CODE).from(SLA_POLICY).orderBy(SLA_POLICY.MATCH_ORDER)
                .forEach(p -> policies.computeIfAbsent(p.value1(), k -> new ArrayList<>()).add(p.value2()));
        return dsl.selectFrom(BUSINESS_CALENDAR).orderBy(BUSINESS_CALENDAR.CODE)
                .fetch(r -> calendar(r, holidays.getOrDefault(r.getId(), List.of()),
                        policies.getOrDefault(r.getId(), List.of())));
    }

    public Optional<SlaCalendar> find(long id) {
        return dsl.selectFrom(BUSINESS_CALENDAR).where(BUSINESS_CALENDAR.ID.eq(id)).fetchOptional()
                .map(r -> calendar(r, holidays(id), policiesUsing(id)));
    }

    /** Whether another calendar than exceptId has the code (case-insensitive: codes are typed by people). */
    public boolean codeTaken(String code, long exceptId) {
        return dsl.fetchExists(BUSINESS_CALENDAR, BUSINESS_CALENDAR.CODE.upper().eq(code.toUpperCase(
                java.util.Locale.ROOT)), BUSINESS_CALENDAR.ID.ne(exceptId));
    }

    /** Codes of the SLA policies (active or retired) that count on the calendar. */
    public List<String> policiesUsing(long calendarId) {
        return dsl.select(SLA_POLICY.CODE).from(SLA_POLICY).where(SLA_POLICY.CALENDAR_ID.eq(calendarId))
                .orderBy(SLA_POLICY.MATCH_ORDER).fetch(SLA_POLICY.CODE);
    }

    /** The calendar's own columns, as both an insert and an update write them. */
    private static Map<Field<?>, Object> columns(SlaCalendar c) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(BUSINESS_CALENDAR.CODE, c.code());
        columns.put(BUSINESS_CALENDAR.NAME, c.name());
        columns.put(BUSINESS_CALENDAR.TIME_ZONE, c.timeZone());
        columns.put(BUSINESS_CALENDAR.ALWAYS_OPEN, c.alwaysOpen());
        columns.put(BUSINESS_CALENDAR.WORK_START, c.workStart());
        columns.put(BUSINESS_CALENDAR.WORK_END, c.workEnd());
        columns.put(BUSINESS_CALENDAR.WORK_DAYS, c.workDaysColumn());
        return columns;
    }

    /** Stores a new calendar with its holidays; returns its id. */
    public long insert(SlaCalendar c, String user, Instant at) {
        long id = dsl.insertInto(BUSINESS_CALENDAR)
                .set(columns(c))
                .set(BUSINESS_CALENDAR.VERSION, 0)
                .set(BUSINESS_CALENDAR.UPDATED_AT, at)
                .set(BUSINESS_CALENDAR.UPDATED_BY, user)
                .returningResult(BUSINESS_CALENDAR.ID).fetchOne().value1();
        insertHolidays(id, c.holidays());
        return id;
    }

    /** Saves the calendar and replaces its holidays if it still has the version read; false otherwise. */
    public boolean update(SlaCalendar c, String user, Instant at) {
        boolean saved = dsl.update(BUSINESS_CALENDAR)
                .set(columns(c))
                .set(BUSINESS_CALENDAR.VERSION, BUSINESS_CALENDAR.VERSION.plus(1))
                .set(BUSINESS_CALENDAR.UPDATED_AT, at)
                .set(BUSINESS_CALENDAR.UPDATED_BY, user)
                .where(BUSINESS_CALENDAR.ID.eq(c.id()), BUSINESS_CALENDAR.VERSION.eq(c.version()))
                .execute() == 1;
        if (saved) {
            dsl.deleteFrom(CALENDAR_HOLIDAY).where(CALENDAR_HOLIDAY.CALENDAR_ID.eq(c.id())).execute();
            insertHolidays(c.id(), c.holidays());
        }
        return saved;
    }

    /** Deletes the calendar (its holidays go with it) if it still has the version read; false otherwise. */
    public boolean delete(long id, int version) {
        return dsl.deleteFrom(BUSINESS_CALENDAR)
                .where(BUSINESS_CALENDAR.ID.eq(id), BUSINESS_CALENDAR.VERSION.eq(version)).execute() == 1;
    }

    /** Every SLA policy (active or retired) with the calendar it counts on, in the order policies are matched. */
    public List<PolicyCalendar> policies() {
        return policies(DSL.noCondition());
    }

    public Optional<PolicyCalendar> policy(long policyId) {
        return policies(SLA_POLICY.ID.eq(policyId)).stream().findFirst();
    }

    private List<PolicyCalendar> policies(Condition which) {
        return dsl.select(SLA_POLICY.ID, SLA_POLICY.VERSION, SLA_POLICY.CODE, SLA_POLICY.NAME, SLA_POLICY.ACTIVE,
                        SLA_POLICY.CALENDAR_ID, BUSINESS_CALENDAR.CODE)
                .from(SLA_POLICY).join(BUSINESS_CALENDAR).on(BUSINESS_CALENDAR.ID.eq(SLA_POLICY.CALENDAR_ID))
                .where(which)
                .orderBy(SLA_POLICY.MATCH_ORDER, SLA_POLICY.ID)
                .fetch(r -> new PolicyCalendar(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** Moves the policy to the calendar if it still has the version read; false otherwise. */
    public boolean moveToCalendar(long policyId, int version, long calendarId, String user, Instant at) {
        return dsl.update(SLA_POLICY)
                .set(SLA_POLICY.CALENDAR_ID, calendarId)
                .set(SLA_POLICY.VERSION, SLA_POLICY.VERSION.plus(1))
                .set(SLA_POLICY.UPDATED_AT, at)
                .set(SLA_POLICY.UPDATED_BY, user)
                .where(SLA_POLICY.ID.eq(policyId), SLA_POLICY.VERSION.eq(version))
                .execute() == 1;
    }

    /** Open tickets (clocks still running) whose policy counts on the calendar, with their policy's targets. */
    public List<PlannedTicket> openTicketsOn(long calendarId) {
        return openTickets(SLA_POLICY.CALENDAR_ID.eq(calendarId), calendarId);
    }

    /** Open tickets of the policy, with its targets; calendarId is the calendar the policy counts on. */
    public List<PlannedTicket> openTicketsOf(long policyId, long calendarId) {
        return openTickets(SLA_POLICY.ID.eq(policyId), calendarId);
    }

    private List<PlannedTicket> openTickets(Condition policies, long calendarId) {
        return dsl.select(TICKET.ID, TICKET.CREATED_AT, TICKET.FIRST_RESPONDED_AT, TICKET.RESOLVED_AT,
                        TICKET.FEEDBACK_AT, SLA_POLICY.FIRST_RESPONSE_MINUTES, SLA_POLICY.RESOLUTION_MINUTES,
                        SLA_POLICY.FEEDBACK_MINUTES, TICKET.FIRST_RESPONSE_DUE, TICKET.RESOLUTION_DUE,
                        TICKET.FEEDBACK_DUE)
                .from(TICKET).join(SLA_POLICY).on(SLA_POLICY.ID.eq(TICKET.SLA_POLICY_ID))
                .where(policies, TICKET.STATUS.in(OPEN))
                .orderBy(TICKET.ID)
                .fetch(r -> new PlannedTicket(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        new SlaPolicy(0, "", "", 0, null, null, null, null, calendarId, r.value6(), r.value7(),
                                r.value8()), new SlaDue(r.value9(), r.value10(), r.value11())));
    }

    /**
     * Writes a ticket's re-planned dues. The ticket's version is left alone on purpose: the dues follow from the
     * calendar, not from anyone's edit, and an agent saving the ticket meanwhile must not be refused for it.
     */
    public void replan(long ticketId, SlaDue due) {
        dsl.update(TICKET)
                .set(TICKET.FIRST_RESPONSE_DUE, due.firstResponse())
                .set(TICKET.RESOLUTION_DUE, due.resolution())
                .set(TICKET.FEEDBACK_DUE, due.feedback())
                .where(TICKET.ID.eq(ticketId)).execute();
    }

    private void insertHolidays(long calendarId, List<CalendarHoliday> holidays) {
        for (CalendarHoliday h : holidays) {
            dsl.insertInto(CALENDAR_HOLIDAY)
                    .set(CALENDAR_HOLIDAY.CALENDAR_ID, calendarId)
                    .set(CALENDAR_HOLIDAY.HOLIDAY_DATE, h.date())
                    .set(CALENDAR_HOLIDAY.NAME, h.name())
                    .execute();
        }
    }

    private List<CalendarHoliday> holidays(long calendarId) {
        return dsl.selectFrom(CALENDAR_HOLIDAY).where(CALENDAR_HOLIDAY.CALENDAR_ID.eq(calendarId))
                .orderBy(CALENDAR_HOLIDAY.HOLIDAY_DATE)
                .fetch(h -> new CalendarHoliday(h.getHolidayDate(), h.getName()));
    }

    private static SlaCalendar calendar(BusinessCalendarRecord r, List<CalendarHoliday> holidays,
                                        List<String> policies) {
        return new SlaCalendar(r.getId(), r.getVersion(), r.getCode(), r.getName(), r.getTimeZone(),
                r.getAlwaysOpen(), r.getWorkStart(), r.getWorkEnd(), WorkingCalendar.parseWorkDays(r.getWorkDays()),
                holidays, policies);
    }

    /** An open ticket whose stored dues follow its policy's calendar. */
    public record PlannedTicket(long id, Instant createdAt, Instant firstRespondedAt, Instant resolvedAt,
                                Instant feedbackAt, SlaPolicy targets, SlaDue due) {
    }
}

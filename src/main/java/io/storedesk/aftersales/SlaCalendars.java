package io.storedesk.aftersales;

import io.storedesk.aftersales.SlaCalendarRepository.PlannedTicket;
import io.storedesk.aftersales.sla.CalendarCheck;
import io.storedesk.aftersales.sla.CalendarHoliday;
import io.storedesk.aftersales.sla.PolicyCalendar;
import io.storedesk.aftersales.sla.SlaCalendar;
import io.storedesk.aftersales.sla.WorkingCalendar;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.AuditLog;
import io.storedesk.security.Permission;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The after-sales business calendars as the Settings window edits them. Changing one needs
 * {@link Permission#SETTINGS} (administrators, or a role the administrator gives that right), is checked by
 * {@link CalendarCheck}, saved only over the version the editor read, audited with before and after, and
 * re-plans the stored due times of the open tickets whose policy counts on it, all in one transaction.
 */
public final class SlaCalendars {

    static final String ENTITY = "business_calendar";
    static final String POLICY_ENTITY = "sla_policy";

    private final SlaCalendarRepository repository;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final Access access;

    public SlaCalendars(SlaCalendarRepository repository, Transactions transactions, AuditLog audit, Clock clock,
                        Access access) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    /** Every calendar with its holidays and the policies on it. */
    public List<SlaCalendar> list() {
        return repository.all();
    }

    /**
     * Stores a new calendar (id 0) or the changes to one read at edit.version(); refuses bad input, a code another
     * calendar has, and a calendar changed or deleted by another desk since it was read (nothing is saved then).
     */
    public Saved save(SlaCalendar edit) {
        access.require(Permission.SETTINGS);
        SlaCalendar checked = CalendarCheck.checked(edit);
        WorkingCalendar working = checked.working();
        String user = access.principal().username();
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            if (repository.codeTaken(checked.code(), checked.id())) {
                throw new RefusedInputException("aftersales.calendar.error.codeTaken", checked.code());
            }
            if (checked.id() == 0) {
                long id = repository.insert(checked, user, now);
                SlaCalendar stored = repository.find(id).orElseThrow();
                audit.record(user, new AuditLog.Change("aftersales.calendar.create", ENTITY, stored.code(), Map.of(),
                        values(stored, null)));
                return new Saved(stored, 0);
            }
            SlaCalendar before = repository.find(checked.id()).orElseThrow(() -> new RefusedInputException(
                    "aftersales.calendar.error.gone", checked.code()));
            if (!repository.update(checked, user, now)) {
                throw new RefusedInputException("aftersales.calendar.error.changedMeanwhile", before.code());
            }
            int replanned = replan(repository.openTicketsOn(checked.id()), working);
            SlaCalendar after = repository.find(checked.id()).orElseThrow();
            audit.record(user, new AuditLog.Change("aftersales.calendar.save", ENTITY, after.code(),
                    values(before, null), values(after, replanned)));
            return new Saved(after, replanned);
        });
    }

    /** Every SLA policy with the calendar it counts on, for moving them between calendars. */
    public List<PolicyCalendar> policies() {
        return repository.policies();
    }

    /**
     * Makes the policy (as read, policy.version()) count on the calendar from now on and moves the stored dues of
     * its open tickets to what that calendar gives; refuses a policy changed or deleted meanwhile and a calendar
     * deleted meanwhile (nothing is saved then). Moving a policy to the calendar it is on changes nothing.
     */
    public Moved move(PolicyCalendar policy, long calendarId) {
        access.require(Permission.SETTINGS);
        String user = access.principal().username();
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            SlaCalendar calendar = repository.find(calendarId).orElseThrow(() -> new RefusedInputException(
                    "aftersales.calendar.error.gone", String.valueOf(calendarId)));
            PolicyCalendar before = repository.policy(policy.policyId()).orElseThrow(
                    () -> new RefusedInputException("aftersales.policy.error.gone", policy.code()));
            if (before.version() != policy.version()) {
                throw new RefusedInputException("aftersales.policy.error.changedMeanwhile", before.code());
            }
            if (before.calendarId() == calendarId) {
                return new Moved(before.code(), calendar.code(), false, 0);
            }
            if (!repository.moveToCalendar(policy.policyId(), policy.version(), calendarId, user, now)) {
                throw new RefusedInputException("aftersales.policy.error.changedMeanwhile", before.code());
            }
            int replanned = replan(repository.openTicketsOf(policy.policyId(), calendarId), calendar.working());
            audit.record(user, new AuditLog.Change("aftersales.policy.calendar", POLICY_ENTITY, before.code(),
                    Map.of("calendar", before.calendarCode()),
                    Map.of("calendar", calendar.code(), "ticketsReplanned", String.valueOf(replanned))));
            return new Moved(before.code(), calendar.code(), true, replanned);
        });
    }

    /** Deletes a calendar no SLA policy counts on; refused with the policies' codes otherwise. */
    public void delete(long id, int version) {
        access.require(Permission.SETTINGS);
        String user = access.principal().username();
        transactions.inTransaction(() -> {
            SlaCalendar before = repository.find(id).orElseThrow(() -> new RefusedInputException(
                    "aftersales.calendar.error.gone", String.valueOf(id)));
            List<String> policies = repository.policiesUsing(id);
            if (!policies.isEmpty()) {
                throw new RefusedInputException("aftersales.calendar.error.inUse", before.code(),
                        String.join(", ", policies));
            }
            if (!repository.delete(id, version)) {
                throw new RefusedInputException("aftersales.calendar.error.changedMeanwhile", before.code());
            }
            audit.record(user, new AuditLog.Change("aftersales.calendar.delete", ENTITY, before.code(),
                    values(before, null), Map.of()));
        });
    }

    /**
     * Moves the stored dues of the open tickets to what the (changed or newly chosen) calendar gives, counted from
     * creation as when the ticket was opened; a target already met keeps the due it was met against.
     */
    private int replan(List<PlannedTicket> open, WorkingCalendar calendar) {
        int changed = 0;
        for (PlannedTicket t : open) {
            SlaDue planned = t.targets().dueFrom(t.createdAt(), calendar);
            SlaDue due = new SlaDue(t.firstRespondedAt() == null ? planned.firstResponse() : t.due().firstResponse(),
                    t.resolvedAt() == null ? planned.resolution() : t.due().resolution(),
                    t.feedbackAt() == null ? planned.feedback() : t.due().feedback());
            if (!due.equals(t.due())) {
                repository.replan(t.id(), due);
                changed++;
            }
        }
        return changed;
    }

    private static Map<String, String> values(SlaCalendar c, Integer replanned) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", c.code());
        values.put("name", c.name());
        values.put("timeZone", c.timeZone());
        values.put("alwaysOpen", String.valueOf(c.alwaysOpen()));
        values.put("workStart", c.workStart().toString());
        values.put("workEnd", c.workEnd().toString());
        values.put("workDays", c.workDaysColumn());
        values.put("holidays", c.holidays().stream().map(SlaCalendars::holidayText)
                .collect(Collectors.joining("; ")));
        if (replanned != null) {
            values.put("ticketsReplanned", String.valueOf(replanned));
        }
        return values;
    }

    /**
     * A policy moved to a calendar (both by code): moved is false when it was on that calendar already; how many
     * of its open tickets' dues moved with it.
     */
    public record Moved(String policyCode, String calendarCode, boolean moved, int ticketsReplanned) {
    }

    /** A stored calendar as read back, and how many open tickets' dues moved with it. */
    public record Saved(SlaCalendar calendar, int ticketsReplanned) {
    }

    private static String holidayText(CalendarHoliday h) {
        return h.name() == null ? h.date().toString() : h.date() + " " + h.name();
    }
}

package io.storedesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.storedesk.Services;
import io.storedesk.aftersales.sla.CalendarHoliday;
import io.storedesk.aftersales.sla.PolicyCalendar;
import io.storedesk.aftersales.sla.SlaCalendar;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.AccessDeniedException;
import io.storedesk.security.Permission;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.testing.TestStores;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Editing the after-sales calendars: the rules, the right, the audit, and the open tickets' dues moving along. */
class SlaCalendarsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final Services services = TestStores.emptyInMemory();
    private final SlaCalendars calendars = services.slaCalendars();
    private final TicketRepository tickets = new TicketRepository(services.store().dsl());

    @AfterEach
    void close() {
        services.close();
    }

    private static SlaCalendar office() {
        return new SlaCalendar(0, 0, "CN-OFFICE", "上海客服", "Asia/Shanghai", false, LocalTime.of(9, 0),
                LocalTime.of(18, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(new CalendarHoliday(LocalDate.of(2026, 10, 1), "国庆节")), List.of());
    }

    private static Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aNewCalendarIsStoredWithItsHolidaysAndAudited() {
        SlaCalendar saved = calendars.save(office()).calendar();

        assertThat(saved.id()).isPositive();
        assertThat(calendars.list()).extracting(SlaCalendar::code).containsExactly("ALWAYS", "CN-OFFICE");
        assertThat(saved.workDays()).containsExactlyInAnyOrderElementsOf(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(saved.holidays()).containsExactly(new CalendarHoliday(LocalDate.of(2026, 10, 1), "国庆节"));
        assertThat(services.audit().history(SlaCalendars.ENTITY, "CN-OFFICE", 5)).singleElement()
                .satisfies(e -> assertThat(e.after()).containsEntry("workDays", "1,2,3,4,5")
                        .containsEntry("holidays", "2026-10-01 国庆节"));
    }

    @Test
    void theSeededCalendarListsThePoliciesThatUseIt() {
        assertThat(calendars.list()).singleElement().satisfies(c -> {
            assertThat(c.alwaysOpen()).isTrue();
            assertThat(c.usedBy()).containsExactly("COMPLAINT", "DEFAULT");
        });
    }

    @Test
    void badCalendarsAreRefusedWithTheirOwnMessageAndNothingIsSaved() {
        calendars.save(office());
        SlaCalendar base = office();
        List<Object[]> cases = List.of(
                new Object[] {"aftersales.calendar.error.endBeforeStart", new SlaCalendar(0, 0, "CN-2", "n",
                        "Asia/Shanghai", false, LocalTime.of(18, 0), LocalTime.of(9, 0), base.workDays(), List.of(),
                        List.of())},
                new Object[] {"aftersales.calendar.error.noWorkDays", new SlaCalendar(0, 0, "CN-2", "n",
                        "Asia/Shanghai", false, base.workStart(), base.workEnd(), Set.of(), List.of(), List.of())},
                new Object[] {"aftersales.calendar.error.badZone", new SlaCalendar(0, 0, "CN-2", "n", "Mars/Olympus",
                        false, base.workStart(), base.workEnd(), base.workDays(), List.of(), List.of())},
                new Object[] {"aftersales.calendar.error.duplicateHoliday", new SlaCalendar(0, 0, "CN-2", "n",
                        "Asia/Shanghai", false, base.workStart(), base.workEnd(), base.workDays(),
                        List.of(new CalendarHoliday(FRIDAY, "a"), new CalendarHoliday(FRIDAY, "b")), List.of())},
                new Object[] {"aftersales.calendar.error.codeTaken", new SlaCalendar(0, 0, "cn-office", "n",
                        "Asia/Shanghai", false, base.workStart(), base.workEnd(), base.workDays(), List.of(),
                        List.of())},
                new Object[] {"aftersales.calendar.error.codeRequired", new SlaCalendar(0, 0, "  ", "n",
                        "Asia/Shanghai", false, base.workStart(), base.workEnd(), base.workDays(), List.of(),
                        List.of())});
        for (Object[] c : cases) {
            RefusedInputException refused = catchThrowableOfType(() -> calendars.save((SlaCalendar) c[1]),
                    RefusedInputException.class);
            assertThat(refused).as((String) c[0]).isNotNull();
            assertThat(refused.messageKey()).isEqualTo(c[0]);
            for (Messages messages : List.of(new Messages(Messages.ENGLISH), new Messages(Messages.CHINESE))) {
                assertThat(messages.has(refused.messageKey())).as(refused.messageKey()).isTrue();
            }
        }
        assertThat(calendars.list()).hasSize(2);
    }

    @Test
    void aCalendarOpenAroundTheClockNeedsNeitherHoursNorDays() {
        SlaCalendar saved = calendars.save(new SlaCalendar(0, 0, "HK-24", "Hong Kong 24x7", "Asia/Hong_Kong", true,
                LocalTime.of(18, 0), LocalTime.of(9, 0), Set.of(), List.of(), List.of())).calendar();

        assertThat(saved.alwaysOpen()).isTrue();
        assertThat(saved.workEnd()).isAfter(saved.workStart());
    }

    @Test
    void aCalendarChangedOnAnotherDeskMeanwhileIsRefusedAndTheOtherChangeKept() {
        SlaCalendar read = calendars.save(office()).calendar();
        calendars.save(new SlaCalendar(read.id(), read.version(), read.code(), "changed elsewhere", read.timeZone(),
                false, read.workStart(), read.workEnd(), read.workDays(), read.holidays(), List.of()));

        RefusedInputException refused = catchThrowableOfType(() -> calendars.save(new SlaCalendar(read.id(),
                read.version(), read.code(), "mine", read.timeZone(), false, LocalTime.of(8, 0), read.workEnd(),
                read.workDays(), read.holidays(), List.of())), RefusedInputException.class);

        assertThat(refused.messageKey()).isEqualTo("aftersales.calendar.error.changedMeanwhile");
        assertThat(calendars.list()).filteredOn(c -> c.id() == read.id()).singleElement()
                .satisfies(c -> {
                    assertThat(c.name()).isEqualTo("changed elsewhere");
                    assertThat(c.workStart()).isEqualTo(LocalTime.of(9, 0));
                });
    }

    @Test
    void aCalendarThatPoliciesUseIsNotDeletedAndTheMessageNamesThem() {
        SlaCalendar always = calendars.list().get(0);

        RefusedInputException refused = catchThrowableOfType(() -> calendars.delete(always.id(), always.version()),
                RefusedInputException.class);

        assertThat(refused.messageKey()).isEqualTo("aftersales.calendar.error.inUse");
        assertThat(refused.arguments()).containsExactly("ALWAYS", "COMPLAINT, DEFAULT");
        assertThat(calendars.list()).hasSize(1);
    }

    @Test
    void anUnusedCalendarIsDeletedAudited() {
        SlaCalendar saved = calendars.save(office()).calendar();

        calendars.delete(saved.id(), saved.version());

        assertThat(calendars.list()).extracting(SlaCalendar::code).containsExactly("ALWAYS");
        assertThat(services.audit().history(SlaCalendars.ENTITY, "CN-OFFICE", 5)).extracting(e -> e.action())
                .contains("aftersales.calendar.delete");
    }

    @Test
    void onlyAPersonWithTheSettingsRightChangesCalendars() {
        services.access().switchTo(new Principal("lina", "Lina", Role.AGENT),
                EnumSet.of(Permission.AFTERSALES_VIEW, Permission.AFTERSALES_EDIT));

        assertThat(catchThrowableOfType(() -> calendars.save(office()), AccessDeniedException.class).permission())
                .isEqualTo(Permission.SETTINGS);
        assertThat(calendars.list()).hasSize(1);
    }

    @Test
    void anOpenTicketDueFridayAtFiveMovesToMondayWhenFridayBecomesAHoliday() {
        SlaCalendar calendar = calendars.save(office()).calendar();
        services.store().dsl().execute("INSERT INTO sla_policy (code, name, match_order, calendar_id, "
                + "first_response_minutes, resolution_minutes) VALUES ('OFFICE', 'Office hours', 5, ?, 60, 480)",
                calendar.id());
        SlaPolicy policy = tickets.slaPolicies().stream().filter(p -> p.code().equals("OFFICE")).findFirst()
                .orElseThrow();
        Instant created = at(FRIDAY, 9);
        SlaDue planned = policy.dueFrom(created, calendar.working());
        assertThat(planned.resolution()).isEqualTo(at(FRIDAY, 17));
        tickets.insertTickets(List.of(ticket("AS-OPEN", TicketStatus.PROCESSING, policy, created, planned),
                ticket("AS-CLOSED", TicketStatus.CLOSED, policy, created, planned)));

        SlaCalendars.Saved saved = calendars.save(new SlaCalendar(calendar.id(), calendar.version(), calendar.code(),
                calendar.name(), calendar.timeZone(), false, calendar.workStart(), calendar.workEnd(),
                calendar.workDays(), List.of(calendar.holidays().get(0), new CalendarHoliday(FRIDAY, "调休")),
                List.of()));

        assertThat(saved.ticketsReplanned()).isEqualTo(1);
        Ticket open = tickets.findTicket("AS-OPEN").orElseThrow();
        assertThat(open.due().resolution()).isEqualTo(at(MONDAY, 17));
        assertThat(open.due().firstResponse()).isEqualTo(at(MONDAY, 10));
        assertThat(tickets.findTicket("AS-CLOSED").orElseThrow().due().resolution()).isEqualTo(at(FRIDAY, 17));
        assertThat(services.audit().history(SlaCalendars.ENTITY, "CN-OFFICE", 5)).first()
                .satisfies(e -> assertThat(e.after()).containsEntry("ticketsReplanned", "1"));
    }

    @Test
    void aPolicyMovedToAnotherCalendarTakesItsOpenTicketsDuesAlongAndIsAudited() {
        SlaCalendar office = calendars.save(office()).calendar();
        SlaPolicy complaint = tickets.slaPolicies().stream().filter(p -> p.code().equals("COMPLAINT")).findFirst()
                .orElseThrow();
        SlaCalendar always = calendars.list().get(0);
        Instant created = at(FRIDAY, 18);
        SlaDue aroundTheClock = complaint.dueFrom(created, always.working());
        SlaPolicy other = tickets.slaPolicies().stream().filter(p -> p.code().equals("DEFAULT")).findFirst()
                .orElseThrow();
        tickets.insertTickets(List.of(ticket("AS-COMPLAINT", TicketStatus.PROCESSING, complaint, created,
                aroundTheClock), ticket("AS-OTHER", TicketStatus.PROCESSING, other, created,
                other.dueFrom(created, always.working()))));
        PolicyCalendar read = policy("COMPLAINT");
        assertThat(read.calendarCode()).isEqualTo("ALWAYS");

        SlaCalendars.Moved moved = calendars.move(read, office.id());

        assertThat(moved).isEqualTo(new SlaCalendars.Moved("COMPLAINT", "CN-OFFICE", true, 1));
        assertThat(policy("COMPLAINT").calendarCode()).isEqualTo("CN-OFFICE");
        assertThat(calendars.list()).filteredOn(c -> c.code().equals("CN-OFFICE")).singleElement()
                .satisfies(c -> assertThat(c.usedBy()).containsExactly("COMPLAINT"));
        // Counted again from Friday 18:00, after office hours: the policy's targets now fall on Monday.
        SlaDue onOfficeHours = complaint.dueFrom(created, office.working());
        assertThat(onOfficeHours.firstResponse()).isAfter(at(MONDAY, 9));
        assertThat(tickets.findTicket("AS-COMPLAINT").orElseThrow().due()).isEqualTo(onOfficeHours);
        assertThat(tickets.findTicket("AS-OTHER").orElseThrow().due()).isEqualTo(other.dueFrom(created,
                always.working()));
        assertThat(services.audit().history(SlaCalendars.POLICY_ENTITY, "COMPLAINT", 5)).singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("aftersales.policy.calendar");
                    assertThat(e.before()).containsEntry("calendar", "ALWAYS");
                    assertThat(e.after()).containsEntry("calendar", "CN-OFFICE").containsEntry("ticketsReplanned", "1");
                });
    }

    @Test
    void aPolicyMovedOnAnotherDeskMeanwhileIsRefusedAndStaysWhereTheOtherDeskPutIt() {
        SlaCalendar office = calendars.save(office()).calendar();
        SlaCalendar always = calendars.list().get(0);
        PolicyCalendar read = policy("DEFAULT");
        calendars.move(read, office.id());

        RefusedInputException refused = catchThrowableOfType(() -> calendars.move(read, always.id()),
                RefusedInputException.class);

        assertThat(refused.messageKey()).isEqualTo("aftersales.policy.error.changedMeanwhile");
        assertThat(refused.arguments()).containsExactly("DEFAULT");
        assertThat(policy("DEFAULT").calendarCode()).isEqualTo("CN-OFFICE");
        for (Messages messages : List.of(new Messages(Messages.ENGLISH), new Messages(Messages.CHINESE))) {
            assertThat(messages.has("aftersales.policy.error.changedMeanwhile")).isTrue();
            assertThat(messages.has("aftersales.policy.error.gone")).isTrue();
        }
    }

    @Test
    void movingAPolicyNeedsTheSettingsRightAndACalendarThatStillExists() {
        SlaCalendar office = calendars.save(office()).calendar();
        calendars.delete(office.id(), office.version());

        assertThat(catchThrowableOfType(() -> calendars.move(policy("DEFAULT"), office.id()),
                RefusedInputException.class).messageKey()).isEqualTo("aftersales.calendar.error.gone");
        services.access().switchTo(new Principal("lina", "Lina", Role.AGENT),
                EnumSet.of(Permission.AFTERSALES_VIEW, Permission.AFTERSALES_EDIT));
        assertThat(catchThrowableOfType(() -> calendars.move(policy("DEFAULT"), office.id()),
                AccessDeniedException.class).permission()).isEqualTo(Permission.SETTINGS);
        assertThat(policy("DEFAULT").calendarCode()).isEqualTo("ALWAYS");
    }

    private PolicyCalendar policy(String code) {
        return calendars.policies().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static Ticket ticket(String code, TicketStatus status, SlaPolicy policy, Instant created, SlaDue due) {
        return new Ticket(0, code, TicketType.RETURN, status, TicketPriority.NORMAL, "SIZE", null, null, null, null,
                "退货：连体衣", "lina", null, policy.id(), due, created, null, null, null, null, 0, null, null, 0);
    }
}

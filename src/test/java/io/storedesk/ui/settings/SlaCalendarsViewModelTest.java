package io.storedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.aftersales.sla.CalendarHoliday;
import io.storedesk.aftersales.sla.PolicyCalendar;
import io.storedesk.aftersales.sla.SlaCalendar;
import io.storedesk.common.UserFacingException;
import io.storedesk.security.Permission;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The "SLA calendars" page's model without JavaFX: list, edit, add, refuse, delete. */
class SlaCalendarsViewModelTest {

    private final Services services = TestStores.emptyInMemory();

    @AfterEach
    void close() {
        services.close();
    }

    private SlaCalendarsViewModel model() {
        SettingsDesk desk = SettingsDesk.of(services);
        return new SlaCalendarsViewModel(desk.calendars(), desk.shop(), desk.access(), new InlineTaskRunner());
    }

    private static String problemKey(SlaCalendarsViewModel model) {
        assertThat(model.noticeProperty().get().isProblem()).isTrue();
        return ((UserFacingException) model.noticeProperty().get().failure()).messageKey();
    }

    @Test
    void loadListsTheCalendarsAndShowsTheFirstWithItsPolicies() {
        SlaCalendarsViewModel model = model();

        model.load();

        assertThat(model.calendars()).extracting(SlaCalendar::code).containsExactly("ALWAYS");
        assertThat(model.codeProperty().get()).isEqualTo("ALWAYS");
        assertThat(model.alwaysOpenProperty().get()).isTrue();
        assertThat(model.usedByProperty().get()).containsExactly("COMPLAINT", "DEFAULT");
        assertThat(model.editingStoredProperty().get()).isTrue();
        assertThat(model.mayEditProperty().get()).isTrue();
    }

    @Test
    void aNewCalendarWithAHolidayIsSavedAndStaysSelected() {
        SlaCalendarsViewModel model = model();
        model.load();
        model.newCalendar();
        assertThat(model.workDayProperty(DayOfWeek.MONDAY).get()).isTrue();
        assertThat(model.workDayProperty(DayOfWeek.SATURDAY).get()).isFalse();
        model.codeProperty().set("CN-OFFICE");
        model.nameProperty().set("上海客服");
        model.workStartProperty().set("08:30");
        model.workDayProperty(DayOfWeek.SATURDAY).set(true);
        model.newHolidayDateProperty().set(LocalDate.of(2026, 10, 1));
        model.newHolidayNameProperty().set("国庆节");
        model.addHoliday();

        model.save();

        assertThat(model.noticeProperty().get().isProblem()).isFalse();
        assertThat(model.calendars()).extracting(SlaCalendar::code).containsExactly("ALWAYS", "CN-OFFICE");
        assertThat(model.selectedProperty().get().code()).isEqualTo("CN-OFFICE");
        SlaCalendar stored = services.slaCalendars().list().get(1);
        assertThat(stored.workStart()).isEqualTo(LocalTime.of(8, 30));
        assertThat(stored.workDays()).containsExactlyInAnyOrderElementsOf(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        assertThat(stored.holidays()).containsExactly(new CalendarHoliday(LocalDate.of(2026, 10, 1), "国庆节"));
        assertThat(model.editingStoredProperty().get()).isTrue();
    }

    @Test
    void aTimeThatIsNotATimeIsRefusedAndTheEditorKeepsWhatWasTyped() {
        SlaCalendarsViewModel model = model();
        model.load();
        model.newCalendar();
        model.codeProperty().set("CN-OFFICE");
        model.nameProperty().set("Office");
        model.workEndProperty().set("6pm");

        model.save();

        assertThat(problemKey(model)).isEqualTo("settings.calendar.error.badTime");
        assertThat(model.workEndProperty().get()).isEqualTo("6pm");
        assertThat(model.codeProperty().get()).isEqualTo("CN-OFFICE");
        assertThat(services.slaCalendars().list()).hasSize(1);
    }

    @Test
    void theServicesRefusalArrivesAsANoticeAndNothingIsLost() {
        SlaCalendarsViewModel model = model();
        model.load();
        model.newCalendar();
        model.codeProperty().set("CN-OFFICE");
        model.nameProperty().set("Office");
        EnumSet.allOf(DayOfWeek.class).forEach(d -> model.workDayProperty(d).set(false));

        model.save();

        assertThat(problemKey(model)).isEqualTo("aftersales.calendar.error.noWorkDays");
        assertThat(model.codeProperty().get()).isEqualTo("CN-OFFICE");
        assertThat(model.editingStoredProperty().get()).isFalse();
    }

    @Test
    void aHolidayIsNotListedTwiceAndCanBeRemoved() {
        SlaCalendarsViewModel model = model();
        model.newCalendar();
        LocalDate day = LocalDate.of(2026, 11, 20);
        model.newHolidayDateProperty().set(day);
        model.addHoliday();
        model.newHolidayDateProperty().set(day);

        model.addHoliday();

        assertThat(problemKey(model)).isEqualTo("settings.calendar.error.duplicateHoliday");
        assertThat(model.holidays()).containsExactly(new CalendarHoliday(day, null));
        model.removeHoliday(model.holidays().get(0));
        assertThat(model.holidays()).isEmpty();
    }

    @Test
    void deletingTheCalendarPoliciesUseIsRefusedWithTheirNames() {
        SlaCalendarsViewModel model = model();
        model.load();

        model.delete();

        assertThat(problemKey(model)).isEqualTo("aftersales.calendar.error.inUse");
        assertThat(services.slaCalendars().list()).hasSize(1);
    }

    @Test
    void aPolicyChosenUnderTheEditorMovesToTheCalendarAndTheListsFollow() {
        SlaCalendarsViewModel model = model();
        model.load();
        model.newCalendar();
        model.codeProperty().set("CN-OFFICE");
        model.nameProperty().set("上海客服");
        model.save();
        assertThat(model.policies()).extracting(PolicyCalendar::code).containsExactly("COMPLAINT", "DEFAULT");

        model.movePolicy();
        assertThat(problemKey(model)).isEqualTo("settings.calendar.error.noPolicy");

        model.policyToMoveProperty().set(model.policies().get(0));
        model.movePolicy();

        assertThat(model.noticeProperty().get().isProblem()).isFalse();
        assertThat(model.noticeProperty().get().message().key()).isEqualTo("settings.calendar.notice.policyMoved");
        assertThat(model.noticeProperty().get().message().arguments()).containsExactly("COMPLAINT", "CN-OFFICE", 0);
        assertThat(model.selectedProperty().get().code()).isEqualTo("CN-OFFICE");
        assertThat(model.usedByProperty().get()).containsExactly("COMPLAINT");
        assertThat(model.policies()).filteredOn(p -> p.code().equals("COMPLAINT")).singleElement()
                .satisfies(p -> assertThat(p.calendarCode()).isEqualTo("CN-OFFICE"));
        assertThat(model.policyToMoveProperty().get()).isNull();
    }

    @Test
    void aPolicyMovedByAnotherDeskSinceTheListWasReadIsRefusedAndStaysThere() {
        SlaCalendarsViewModel model = model();
        model.load();
        PolicyCalendar read = model.policies().get(1);
        model.newCalendar();
        model.codeProperty().set("CN-OFFICE");
        model.nameProperty().set("上海客服");
        model.save();
        services.slaCalendars().move(read, model.selectedProperty().get().id());
        model.selectedProperty().set(model.calendars().get(0));

        model.policyToMoveProperty().set(read);
        model.movePolicy();

        assertThat(problemKey(model)).isEqualTo("aftersales.policy.error.changedMeanwhile");
        assertThat(services.slaCalendars().policies()).filteredOn(p -> p.code().equals("DEFAULT")).singleElement()
                .satisfies(p -> assertThat(p.calendarCode()).isEqualTo("CN-OFFICE"));
    }

    @Test
    void theTableWritesRunsOfWorkDaysAsRanges() {
        assertThat(SlaCalendarPage.days(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), java.util.Locale.ENGLISH))
                .isEqualTo("Mon–Fri");
        assertThat(SlaCalendarPage.days(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.SATURDAY),
                java.util.Locale.ENGLISH)).isEqualTo("Mon Tue Sat");
    }

    @Test
    void anAgentSeesTheCalendarsButMayNotEditThem() {
        services.access().switchTo(new Principal("lina", "Lina", Role.AGENT),
                EnumSet.of(Permission.AFTERSALES_VIEW, Permission.AFTERSALES_EDIT));
        SlaCalendarsViewModel model = model();

        model.load();

        assertThat(model.calendars()).hasSize(1);
        assertThat(model.mayEditProperty().get()).isFalse();
    }
}

package io.storedesk.aftersales.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A business calendar as the Settings window edits it: id 0 = not yet stored; version is the one the editor
 * read. usedBy names the SLA policies on it (read only: saving ignores it).
 */
public record SlaCalendar(long id, int version, String code, String name, String timeZone, boolean alwaysOpen,
                          LocalTime workStart, LocalTime workEnd, Set<DayOfWeek> workDays,
                          List<CalendarHoliday> holidays, List<String> usedBy) {

    public SlaCalendar {
        workDays = workDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(workDays));
        holidays = List.copyOf(holidays);
        usedBy = List.copyOf(usedBy);
    }

    /** A new calendar as the editor starts it: Monday to Friday, 09:00 to 18:00, in the given zone. */
    public static SlaCalendar fresh(ZoneId zone) {
        return new SlaCalendar(0, 0, "", "", zone.getId(), false, LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(), List.of());
    }

    /** The business_calendar.work_days column: ISO day numbers (1 = Monday) joined by commas, in order. */
    public String workDaysColumn() {
        return EnumSet.copyOf(workDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : workDays).stream()
                .map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
    }

    /** The calendar the SLA clocks count on. Call only on a calendar that passed validation. */
    public WorkingCalendar working() {
        ZoneId zone = ZoneId.of(timeZone);
        if (alwaysOpen) {
            return WorkingCalendar.alwaysOpen(zone);
        }
        Set<LocalDate> days = holidays.stream().map(CalendarHoliday::date).collect(Collectors.toSet());
        return new WorkingCalendar(zone, false, workStart, workEnd, workDays, days);
    }
}

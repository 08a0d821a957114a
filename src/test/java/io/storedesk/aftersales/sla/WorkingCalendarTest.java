package io.storedesk.aftersales.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** National Day week 2026 (Thu 1 – Wed 7 October); the 3rd and 4th are a weekend anyway. */
    static final Set<LocalDate> NATIONAL_DAY = Stream.iterate(LocalDate.of(2026, 10, 1), d -> d.plusDays(1)).limit(7)
            .collect(Collectors.toSet());
    /** 9:00–18:00, Monday to Friday, Shanghai, closed for National Day. */
    static final WorkingCalendar OFFICE = new WorkingCalendar(SHANGHAI, false, LocalTime.of(9, 0),
            LocalTime.of(18, 0), WorkingCalendar.parseWorkDays("1,2,3,4,5"), NATIONAL_DAY);

    @ParameterizedTest(name = "{0} + {1} min -> {2}: {3}")
    @CsvSource(textBlock = """
            # start (Shanghai),  minutes, due (Shanghai), why
            2026-06-08T08:00,    30,      2026-06-08T09:30, 'Monday before opening: counts from 9:00'
            2026-06-08T12:30,    60,      2026-06-08T13:30, 'at lunch: the calendar has no lunch break'
            2026-06-08T17:50,    15,      2026-06-09T09:05, '10 min tonight and 5 tomorrow morning'
            2026-06-08T17:00,    60,      2026-06-08T18:00, 'ends exactly at closing'
            2026-06-05T18:30,    60,      2026-06-08T10:00, 'Friday evening: over the weekend'
            2026-06-06T11:00,    15,      2026-06-08T09:15, 'Saturday: rolls to Monday’s opening'
            2026-06-08T20:00,    0,       2026-06-09T09:00, 'zero minutes after hours: the next opening'
            2026-06-08T09:00,    1440,    2026-06-10T15:00, '24 business hours = 2 days and 6 hours'
            2026-09-30T17:00,    120,     2026-10-08T10:00, 'over the whole National Day week'
            2026-10-03T10:00,    15,      2026-10-08T09:15, 'during the holiday'
            2026-09-29T14:00,    1440,    2026-10-09T11:00, '4 h Tue and 9 h Wed and holiday and 9 h Thu and 2 h Fri'
            """)
    void plusBusinessMinutesSkipsNightsWeekendsAndHolidays(LocalDateTime start, long minutes, LocalDateTime due,
                                                           String why) {
        assertThat(OFFICE.plusBusinessMinutes(shanghai(start), minutes)).isEqualTo(shanghai(due));
    }

    @ParameterizedTest(name = "{0} .. {1} = {2} min")
    @CsvSource(textBlock = """
            2026-06-08T08:00, 2026-06-08T10:00, 60
            2026-06-05T17:00, 2026-06-08T10:00, 120
            2026-06-06T08:00, 2026-06-07T20:00, 0
            2026-09-30T17:00, 2026-10-08T10:00, 120
            2026-06-08T09:00, 2026-06-10T15:00, 1440
            2026-06-08T19:00, 2026-06-09T08:59, 0
            2026-06-08T10:00, 2026-06-08T09:00, 0
            2026-06-08T10:00, 2026-06-08T10:00, 0
            """)
    void businessMinutesBetweenCountsOnlyOpeningHours(LocalDateTime from, LocalDateTime to, long minutes) {
        assertThat(OFFICE.businessMinutesBetween(shanghai(from), shanghai(to))).isEqualTo(minutes);
    }

    @Test
    void countingBackWhatWasAddedGivesTheSameMinutesFromAnyStart() {
        Instant first = shanghai(LocalDateTime.of(2026, 9, 25, 0, 0));
        for (int step = 0; step < 24 * 4 * 16; step++) {
            Instant start = first.plusSeconds(step * 15 * 60L + 7);
            for (long minutes : new long[] {1, 15, 540, 1440, 2880}) {
                Instant due = OFFICE.plusBusinessMinutes(start, minutes);
                assertThat(OFFICE.businessMinutesBetween(start, due)).as("%s + %d", start, minutes)
                        .isEqualTo(minutes);
            }
        }
    }

    @ParameterizedTest(name = "24x7 {0} + {1} min -> {2}")
    @CsvSource(textBlock = """
            2026-06-05T23:50, 15,   2026-06-06T00:05
            2026-10-01T10:00, 1440, 2026-10-02T10:00
            2026-06-06T03:00, 2880, 2026-06-08T03:00
            """)
    void anAlwaysOpenCalendarCountsWallClockTimeThroughNightsWeekendsAndHolidays(LocalDateTime start, long minutes,
                                                                                LocalDateTime due) {
        WorkingCalendar always = WorkingCalendar.alwaysOpen(SHANGHAI);
        assertThat(always.plusBusinessMinutes(shanghai(start), minutes)).isEqualTo(shanghai(due));
        assertThat(always.businessMinutesBetween(shanghai(start), shanghai(due))).isEqualTo(minutes);
    }

    @Test
    void openingHoursFollowTheZonesClockAcrossTheAutumnDstChange() {
        // Berlin leaves summer time on Sunday 25 October 2026: Friday opens at 07:00Z, Monday at 08:00Z.
        WorkingCalendar berlin = new WorkingCalendar(BERLIN, false, LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
        assertThat(berlin.plusBusinessMinutes(Instant.parse("2026-10-23T15:00:00Z"), 120))
                .isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
        assertThat(berlin.businessMinutesBetween(Instant.parse("2026-10-23T15:00:00Z"),
                Instant.parse("2026-10-26T09:00:00Z"))).isEqualTo(120);
    }

    @ParameterizedTest(name = "{0}: 00:00-06:00 lasts {1} min ({2})")
    @CsvSource(textBlock = """
            2026-10-25, 420, 'clocks go back at 03:00: the night shift works an extra hour'
            2026-03-29, 300, 'clocks go forward at 02:00: an hour shorter'
            2026-06-07, 360, an ordinary night
            """)
    void aWindowSpanningAClockChangeLastsAsLongAsTheClockSays(LocalDate day, long minutes, String why) {
        WorkingCalendar nights = new WorkingCalendar(BERLIN, false, LocalTime.MIDNIGHT, LocalTime.of(6, 0),
                EnumSet.allOf(DayOfWeek.class), Set.of());
        Instant open = day.atStartOfDay(BERLIN).toInstant();
        assertThat(nights.businessMinutesBetween(open, day.plusDays(1).atStartOfDay(BERLIN).toInstant()))
                .isEqualTo(minutes);
        assertThat(nights.plusBusinessMinutes(open, minutes))
                .isEqualTo(day.atTime(6, 0).atZone(BERLIN).toInstant());
    }

    @Test
    void anAlwaysOpenCalendarCountsTheRealHoursOfADstDay() {
        WorkingCalendar always = WorkingCalendar.alwaysOpen(BERLIN);
        Instant saturdayNoon = LocalDateTime.of(2026, 10, 24, 12, 0).atZone(BERLIN).toInstant();
        // 24 hours later the wall clock shows 11:00, because Sunday has 25 hours.
        assertThat(always.plusBusinessMinutes(saturdayNoon, 1440))
                .isEqualTo(LocalDateTime.of(2026, 10, 25, 11, 0).atZone(BERLIN).toInstant());
    }

    @Test
    void aCalendarThatCanNeverOpenIsRefused() {
        assertThatThrownBy(() -> new WorkingCalendar(SHANGHAI, false, LocalTime.of(9, 0), LocalTime.of(18, 0),
                Set.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingCalendar(SHANGHAI, false, LocalTime.of(18, 0), LocalTime.of(9, 0),
                EnumSet.of(DayOfWeek.MONDAY), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workDaysAreReadAsIsoNumbersFromTheCalendarTable() {
        assertThat(WorkingCalendar.parseWorkDays("1,2,3,4,5"))
                .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(WorkingCalendar.parseWorkDays(" 6, 7 ")).containsExactlyInAnyOrder(DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY);
    }

    static Instant shanghai(LocalDateTime local) {
        return local.atZone(SHANGHAI).toInstant();
    }
}

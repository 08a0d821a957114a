package io.storedesk.aftersales.sla;

import io.storedesk.aftersales.BusinessClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A business calendar: daily working hours on working days in one time zone, minus holidays, or 24x7. */
public final class WorkingCalendar implements BusinessClock {

    private final ZoneId zone;
    private final boolean alwaysOpen;
    private final LocalTime workStart;
    private final LocalTime workEnd;
    private final Set<DayOfWeek> workDays;
    private final Set<LocalDate> holidays;

    public WorkingCalendar(ZoneId zone, boolean alwaysOpen, LocalTime workStart, LocalTime workEnd,
                           Set<DayOfWeek> workDays, Set<LocalDate> holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.alwaysOpen = alwaysOpen;
        this.workStart = Objects.requireNonNull(workStart, "workStart");
        this.workEnd = Objects.requireNonNull(workEnd, "workEnd");
        this.workDays = workDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workDays);
        this.holidays = Set.copyOf(holidays);
        // Without these a calendar would never open and adding business time would loop for ever.
        if (!alwaysOpen && !workEnd.isAfter(workStart)) {
            throw new IllegalArgumentException("work end " + workEnd + " must be after work start " + workStart);
        }
        if (!alwaysOpen && this.workDays.isEmpty()) {
            throw new IllegalArgumentException("a calendar that is not 24x7 needs at least one work day");
        }
    }

    /** Business time is wall-clock time: the zone only matters for how the calendar is shown. */
    public static WorkingCalendar alwaysOpen(ZoneId zone) {
        return new WorkingCalendar(zone, true, LocalTime.MIDNIGHT, LocalTime.MAX, EnumSet.allOf(DayOfWeek.class),
                Set.of());
    }

    /** Reads the business_calendar.work_days column: ISO day numbers (1 = Monday) joined by commas. */
    public static Set<DayOfWeek> parseWorkDays(String isoDays) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : isoDays.split(",")) {
            if (!day.isBlank()) {
                days.add(DayOfWeek.of(Integer.parseInt(day.strip())));
            }
        }
        return days;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isAlwaysOpen() {
        return alwaysOpen;
    }

    @Override
    public Instant plusBusinessMinutes(Instant start, long minutes) {
        return plusBusinessSeconds(start, Math.multiplyExact(minutes, 60L));
    }

    /** Like plusBusinessMinutes, to the second; a start outside working hours first rolls to the next opening. */
    public Instant plusBusinessSeconds(Instant start, long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("negative business time: " + seconds + " s");
        }
        if (alwaysOpen) {
            return start.plusSeconds(seconds);
        }
        Duration remaining = Duration.ofSeconds(seconds);
        // Stepping by day keeps this to a handful of iterations per call, whatever the target.
        for (LocalDate day = start.atZone(zone).toLocalDate(); ; day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant close = at(day, workEnd);
            Instant from = max(start, at(day, workStart));
            if (from.isBefore(close)) {
                Duration available = Duration.between(from, close);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
    }

    /** Business minutes (whole, rounded down) from one instant to another; 0 when to is not after from. */
    public long businessMinutesBetween(Instant from, Instant to) {
        return businessTimeBetween(from, to).toMinutes();
    }

    /** Business time from one instant to another; zero when to is not after from. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (alwaysOpen) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant open = max(from, at(day, workStart));
            Instant close = min(to, at(day, workEnd));
            if (open.isBefore(close)) {
                total = total.plus(Duration.between(open, close));
            }
        }
        return total;
    }

    public boolean isWorkingDay(LocalDate day) {
        return alwaysOpen || workDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    // ZonedDateTime.of resolves a local time in a DST gap forward and an overlap to the earlier offset,
    // so a window that spans a clock change is as long as the clock says, not as long as the dial says.
    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

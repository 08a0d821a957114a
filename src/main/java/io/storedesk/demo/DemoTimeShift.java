package io.storedesk.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Moves the demo's dates forward by whole weeks so its last day falls within the week before the
 * real today: the dashboard's "last 7 days" has data and weekdays keep their rhythm.
 */
record DemoTimeShift(int days, ZoneId zone) {

    static DemoTimeShift towards(LocalDate lastDay, LocalDate today, ZoneId zone) {
        long gap = today.toEpochDay() - lastDay.toEpochDay();
        int weeks = gap <= 0 ? 0 : (int) (gap / 7);
        return new DemoTimeShift(weeks * 7, zone);
    }

    Instant instant(LocalDateTime local) {
        return local == null ? null : local.plusDays(days).atZone(zone).toInstant();
    }

    LocalDate date(LocalDate day) {
        return day == null ? null : day.plusDays(days);
    }
}

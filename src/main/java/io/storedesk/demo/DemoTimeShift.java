package io.storedesk.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Moves the demo's dates forward by whole days so its own "now" falls in the day before the real now: the
 * dashboard's last days and sparklines run up to the present instead of ending in a week of nothing, and no
 * order lies in the future. Weekdays do not keep their place (the generator's weekday factors are mild).
 */
record DemoTimeShift(int days, ZoneId zone) {

    /** The most whole days the demo's now can move without passing the real now; none when it is already past. */
    static DemoTimeShift towards(LocalDateTime demoNow, LocalDateTime realNow, ZoneId zone) {
        long days = ChronoUnit.DAYS.between(demoNow, realNow);
        return new DemoTimeShift((int) Math.max(0, days), zone);
    }

    Instant instant(LocalDateTime local) {
        return local == null ? null : local.plusDays(days).atZone(zone).toInstant();
    }

    LocalDate date(LocalDate day) {
        return day == null ? null : day.plusDays(days);
    }
}

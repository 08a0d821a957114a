package io.storedesk.orders.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** How far back the inbox looks for orders placed, in whole days of the shop's zone including today. */
public enum InboxPeriod {
    TODAY(1), LAST_7_DAYS(7), LAST_30_DAYS(30), LAST_90_DAYS(90);

    private final int days;

    InboxPeriod(int days) {
        this.days = days;
    }

    /** The first instant of the period's first day. */
    public Instant start(Clock clock, ZoneId zone) {
        return LocalDate.now(clock.withZone(zone)).minusDays(days - 1L).atStartOfDay(zone).toInstant();
    }
}

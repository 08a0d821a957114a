package io.storedesk.dashboard.ui;

import io.storedesk.dashboard.Period;
import java.time.LocalDate;

/** The periods a manager picks from; CUSTOM takes its own first and last day. */
public enum DashboardRange {
    TODAY, DAYS_7, DAYS_30, DAYS_90, MONTH, CUSTOM;

    /** The period ending today (a custom one as given, from ≤ to). */
    Period period(LocalDate today, LocalDate from, LocalDate to) {
        return switch (this) {
            case TODAY -> Period.lastDays(today, 1);
            case DAYS_7 -> Period.lastDays(today, 7);
            case DAYS_30 -> Period.lastDays(today, 30);
            case DAYS_90 -> Period.lastDays(today, 90);
            case MONTH -> new Period(today.withDayOfMonth(1), today);
            case CUSTOM -> from.isAfter(to) ? new Period(to, from) : new Period(from, to);
        };
    }
}

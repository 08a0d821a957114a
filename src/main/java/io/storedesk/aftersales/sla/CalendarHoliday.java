package io.storedesk.aftersales.sla;

import java.time.LocalDate;

/** A day a business calendar is closed; name may be null (the table allows it). */
public record CalendarHoliday(LocalDate date, String name) {
}

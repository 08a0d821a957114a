package io.storedesk.aftersales.sla;

/**
 * An SLA policy as the Settings window moves it between calendars: its code and name, the calendar it counts
 * on now (by id and code), and the version read (a move made elsewhere since is refused).
 */
public record PolicyCalendar(long policyId, int version, String code, String name, boolean active, long calendarId,
                             String calendarCode) {
}

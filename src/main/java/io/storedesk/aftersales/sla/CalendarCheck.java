package io.storedesk.aftersales.sla;

import io.storedesk.common.RefusedInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a business calendar must pass before it is stored, each refusal with its own message: code and name
 * given and short enough for their columns, a real time zone, work ending after it starts, at least one work
 * day unless 24x7, each holiday a date given once.
 */
public final class CalendarCheck {

    static final int CODE_LENGTH = 32;
    static final int NAME_LENGTH = 100;
    private static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    private static final LocalTime DEFAULT_END = LocalTime.of(18, 0);

    private CalendarCheck() {
    }

    /** The calendar as it will be stored (texts stripped, holidays by date), or a RefusedInputException. */
    public static SlaCalendar checked(SlaCalendar c) {
        String code = c.code() == null ? "" : c.code().strip();
        String name = c.name() == null ? "" : c.name().strip();
        if (code.isEmpty()) {
            throw new RefusedInputException("aftersales.calendar.error.codeRequired");
        }
        if (code.length() > CODE_LENGTH) {
            throw new RefusedInputException("aftersales.calendar.error.codeTooLong", code, CODE_LENGTH);
        }
        if (name.isEmpty()) {
            throw new RefusedInputException("aftersales.calendar.error.nameRequired");
        }
        if (name.length() > NAME_LENGTH) {
            throw new RefusedInputException("aftersales.calendar.error.nameTooLong", NAME_LENGTH);
        }
        String zone = zone(c.timeZone());
        LocalTime start = c.workStart();
        LocalTime end = c.workEnd();
        boolean hoursValid = start != null && end != null && end.isAfter(start);
        if (!c.alwaysOpen()) {
            if (!hoursValid) {
                throw new RefusedInputException("aftersales.calendar.error.endBeforeStart", text(start), text(end));
            }
            if (c.workDays().isEmpty()) {
                throw new RefusedInputException("aftersales.calendar.error.noWorkDays");
            }
        } else if (!hoursValid) {
            // A 24x7 calendar ignores its hours, but the table still wants a window that ends after it starts.
            start = DEFAULT_START;
            end = DEFAULT_END;
        }
        return new SlaCalendar(c.id(), c.version(), code, name, zone, c.alwaysOpen(), start, end, c.workDays(),
                holidays(c.holidays()), c.usedBy());
    }

    private static String zone(String text) {
        String zone = text == null ? "" : text.strip();
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw new RefusedInputException("aftersales.calendar.error.badZone", zone);
        }
    }

    private static List<CalendarHoliday> holidays(List<CalendarHoliday> holidays) {
        Set<LocalDate> seen = new HashSet<>();
        List<CalendarHoliday> result = new ArrayList<>();
        for (CalendarHoliday h : holidays) {
            if (h.date() == null) {
                throw new RefusedInputException("aftersales.calendar.error.holidayDate");
            }
            if (!seen.add(h.date())) {
                throw new RefusedInputException("aftersales.calendar.error.duplicateHoliday", h.date().toString());
            }
            String name = h.name() == null || h.name().isBlank() ? null : h.name().strip();
            if (name != null && name.length() > NAME_LENGTH) {
                throw new RefusedInputException("aftersales.calendar.error.holidayNameTooLong", h.date().toString(),
                        NAME_LENGTH);
            }
            result.add(new CalendarHoliday(h.date(), name));
        }
        result.sort(Comparator.comparing(CalendarHoliday::date));
        return result;
    }

    private static String text(LocalTime time) {
        return time == null ? "—" : time.toString();
    }
}

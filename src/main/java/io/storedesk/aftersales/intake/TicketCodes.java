package io.storedesk.aftersales.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

/**
 * Ticket codes as the demo shop writes them: "AS", the day (yyMMdd) and a sequence within that day, e.g.
 * AS251120-0007. New codes continue after the highest sequence already used that day, so they never collide
 * with loaded or imported tickets.
 */
final class TicketCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    private TicketCodes() {
    }

    static String prefix(LocalDate day) {
        return "AS" + day.format(DAY) + "-";
    }

    /** The code after the highest sequence among the codes of that day (codes that are not ours are ignored). */
    static String next(String prefix, Collection<String> codesOfTheDay) {
        long highest = 0;
        for (String code : codesOfTheDay) {
            String sequence = code.startsWith(prefix) ? code.substring(prefix.length()) : "";
            if (sequence.matches("\\d{1,9}")) {
                highest = Math.max(highest, Long.parseLong(sequence));
            }
        }
        return prefix + String.format(Locale.ROOT, "%04d", highest + 1);
    }
}

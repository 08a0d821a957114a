package io.storedesk.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Codes of stock documents people read aloud and type: PO-20261123-0001, TR-20261123-0001 (prefix, the
 * shop's date, a number counting up per day). Two desks numbering at the same moment collide on the
 * code's unique key and one of them is refused; that is rare enough not to need a sequence table.
 */
final class DocumentCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private DocumentCodes() {
    }

    /** What every code of that kind and day starts with. */
    static String dayPrefix(String kind, Instant now, ZoneId zone) {
        return kind + "-" + LocalDate.ofInstant(now, zone).format(DAY) + "-";
    }

    /** The code after the day's highest one (or the first of the day). */
    static String next(String dayPrefix, Optional<String> highest) {
        int last = highest.map(code -> code.substring(dayPrefix.length()))
                .filter(number -> number.chars().allMatch(Character::isDigit) && !number.isEmpty())
                .map(Integer::parseInt).orElse(0);
        return dayPrefix + String.format(Locale.ROOT, "%04d", last + 1);
    }
}

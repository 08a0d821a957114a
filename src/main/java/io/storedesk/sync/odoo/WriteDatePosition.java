package io.storedesk.sync.odoo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a pull has read one Odoo model, as stored by the engine in the cursor and the page token:
 * "write_date|passed|lastId" = the second of the last record read, how many records of that second have been
 * read, and the last record's id. Numbers are zero-padded so that a later position is also the larger string.
 * A bare "YYYY-MM-DD HH:MM:SS" is accepted too (read everything from that second on).
 */
record WriteDatePosition(String second, int passed, long lastId) {

    static final WriteDatePosition START = new WriteDatePosition(null, 0, 0);

    private static final Pattern FORMAT = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})(?:\\|(\\d+)\\|(\\d+))?");

    static WriteDatePosition parse(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an Odoo write_date position: " + text);
        }
        return m.group(2) == null ? new WriteDatePosition(m.group(1), 0, 0)
                : new WriteDatePosition(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
    }

    /** Whether the next read must first find the last record read, at offset passed - 1 within its second. */
    boolean hasLastRecord() {
        return second != null && passed > 0;
    }

    /** The position after reading one more record (which never has an older write_date). */
    WriteDatePosition after(String recordSecond, long recordId) {
        return recordSecond.equals(second) ? new WriteDatePosition(second, passed + 1, recordId)
                : new WriteDatePosition(recordSecond, 1, recordId);
    }

    String format() {
        return second == null ? null : String.format("%s|%09d|%012d", second, passed, lastId);
    }
}

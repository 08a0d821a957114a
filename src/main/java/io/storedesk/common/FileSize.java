package io.storedesk.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A file's size as a person reads it: in bytes below a kilobyte, else in KB, MB or GB (of 1,024 each) with one
 * decimal where the number is small enough for it to matter, as the operating system's file manager shows sizes.
 */
public final class FileSize {

    private static final String[] UNITS = {"size.kilobytes", "size.megabytes", "size.gigabytes"};
    private static final long KILO = 1024;

    private FileSize() {
    }

    /** The size as a message whose number the locale formats ("1.5 MB", "1.5 MB" in Chinese too). */
    public static MessageKey of(long bytes) {
        if (bytes < KILO) {
            return new MessageKey("size.bytes", Math.max(0, bytes));
        }
        double value = bytes;
        int unit = -1;
        while (value >= KILO && unit < UNITS.length - 1) {
            value /= KILO;
            unit++;
        }
        // One decimal below 100 ("12.3 MB"), none above ("123 MB"): the last digit of a large number says nothing.
        int decimals = value < 100 ? 1 : 0;
        return new MessageKey(UNITS[unit], BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }
}

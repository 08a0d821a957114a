package io.storedesk.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the values people put in spreadsheets: numbers with thousands separators, currency marks or
 * full-width digits; dates in the common written forms and as Excel serial numbers; yes/no in English and
 * Chinese. Each method answers empty when the text is not such a value.
 */
public final class CellValues {

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[eE]\\+?\\d+");
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            strict("uuuu-M-d H:mm[:ss][.SSS]"),
            strict("uuuu/M/d H:mm[:ss]"),
            strict("uuuu.M.d H:mm[:ss]"),
            strict("uuuu-M-d'T'H:mm[:ss][.SSS]"),
            strict("uuuu年M月d日 H:mm[:ss]"),
            strict("uuuu年M月d日H:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(
            strict("uuuu-M-d"),
            strict("uuuu/M/d"),
            strict("uuuu.M.d"),
            strict("uuuuMMdd"),
            strict("uuuu年M月d日"));
    /** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final BigDecimal MAX_EXCEL_SERIAL = new BigDecimal("2958465");

    private CellValues() {
    }

    /** 2011-02-30 is refused, not moved to the 28th. */
    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** 1,234.50 / ¥12.5 / １２.５０ / 12.50元 / -3; not 12,5 (a decimal comma or a misplaced separator). */
    public static Optional<BigDecimal> decimal(String text) {
        if (isSimpleDecimal(text)) {
            return Optional.of(new BigDecimal(text));
        }
        String t = TextNormalizer.halfWidth(text).strip().replace("\u00A0", "");
        t = stripCurrency(t);
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (!PLAIN.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A whole number; 17850.0 (as spreadsheets write whole numbers) counts, 2.5 does not. */
    public static Optional<Long> wholeNumber(String text) {
        return decimal(text).flatMap(d -> {
            try {
                return Optional.of(d.stripTrailingZeros().longValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }

    /** -12.50 as most cells hold it: read directly, since large files hold hundreds of thousands of them. */
    private static boolean isSimpleDecimal(String text) {
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point && digits > 0) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0 && digits <= 30 && text.charAt(n - 1) != '.';
    }

    /** Digits with an optional sign and decimal point, and nothing else (-3.50 is a number, not a formula). */
    public static boolean isPlainNumber(String text) {
        return text.matches("[+-]?\\d+(\\.\\d+)?");
    }

    /** A number in scientific notation, which is what Excel makes of a long barcode typed into a number cell. */
    public static boolean isScientificNotation(String text) {
        return SCIENTIFIC.matcher(text.strip()).matches();
    }

    /** 2011-12-09 12:50:00, 2011/12/9 12:50, 2011年12月9日, a date alone (midnight), or an Excel serial number. */
    public static Optional<LocalDateTime> dateTime(String text) {
        LocalDateTime iso = isoDateTime(text);
        if (iso != null) {
            return Optional.of(iso);
        }
        String t = TextNormalizer.halfWidth(text).strip();
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(t, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return excelSerial(t).or(() -> datePattern(t).map(LocalDate::atStartOfDay));
    }

    /**
     * 2011-12-09 12:50:00 or 2011-12-09 12:50, the form most exports write, read without a formatter since
     * large files hold hundreds of thousands of them; null for anything else (or an impossible date).
     */
    private static LocalDateTime isoDateTime(String t) {
        int n = t.length();
        if ((n != 16 && n != 19) || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != ' '
                || t.charAt(13) != ':' || (n == 19 && t.charAt(16) != ':')) {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = n == 19 ? digits(t, 17, 19) : 0;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** The number the ASCII digits from..to spell, or -1. */
    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public static Optional<LocalDate> date(String text) {
        String t = TextNormalizer.halfWidth(text).strip();
        return datePattern(t).or(() -> excelSerial(t).map(LocalDateTime::toLocalDate));
    }

    private static Optional<LocalDate> datePattern(String t) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(t, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** Days since 1899-12-30, the fraction being the time of day, as Excel stores dates. */
    static Optional<LocalDateTime> excelSerial(String text) {
        return decimal(text)
                // 20000 is 1954-10-03: smaller numbers in a date column are slips, not dates.
                .filter(d -> d.compareTo(BigDecimal.valueOf(20_000)) >= 0 && d.compareTo(MAX_EXCEL_SERIAL) <= 0)
                .map(d -> {
                    long days = d.longValue();
                    long seconds = d.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400))
                            .setScale(0, RoundingMode.HALF_UP).longValue();
                    return EXCEL_EPOCH.plusDays(days).atTime(LocalTime.MIDNIGHT).plusSeconds(seconds);
                });
    }

    /** true/false, yes/no, y/n, 1/0, 是/否, 上架/下架. */
    public static Optional<Boolean> bool(String text) {
        String t = TextNormalizer.halfWidth(text).strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "true", "yes", "y", "1", "是", "上架", "active" -> Optional.of(true);
            case "false", "no", "n", "0", "否", "下架", "draft", "archived" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static String stripCurrency(String t) {
        String s = t;
        if (s.startsWith("¥") || s.startsWith("￥") || s.startsWith("$") || s.startsWith("€") || s.startsWith("£")) {
            s = s.substring(1).strip();
        } else if (s.startsWith("CNY") || s.startsWith("RMB")) {
            s = s.substring(3).strip();
        }
        if (s.endsWith("元")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}

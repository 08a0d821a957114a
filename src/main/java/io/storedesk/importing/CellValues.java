package io.storedesk.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
            DateTimeFormatter.ofPattern("uuuu-M-d H:mm[:ss][.SSS]"),
            DateTimeFormatter.ofPattern("uuuu/M/d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("uuuu.M.d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("uuuu-M-d'T'H:mm[:ss][.SSS]"),
            DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm[:ss]"),
            DateTimeFormatter.ofPattern("uuuu年M月d日H:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuuMMdd"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"));
    /** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final BigDecimal MAX_EXCEL_SERIAL = new BigDecimal("2958465");

    private CellValues() {
    }

    /** 1,234.50 / ¥12.5 / １２.５０ / 12.50元 / -3; not 12,5 (a decimal comma or a misplaced separator). */
    public static Optional<BigDecimal> decimal(String text) {
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

package io.storedesk.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** One data row of a CSV table, read by column name with typed getters that explain bad cells. */
public final class CsvRow {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String file;
    private final long rowNumber;
    private final Map<String, Integer> columns;
    private final List<String> cells;

    CsvRow(String file, long rowNumber, Map<String, Integer> columns, List<String> cells) {
        this.file = file;
        this.rowNumber = rowNumber;
        this.columns = columns;
        this.cells = cells;
    }

    /** The row's number as a spreadsheet shows it (the header is row 1). */
    public long rowNumber() {
        return rowNumber;
    }

    /** The cell's text, stripped; empty when blank or beyond the row's end. */
    public String text(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new CellException(file, rowNumber, column, "", "import.reason.missingColumn");
        }
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    public String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            throw fail(column, value, "import.reason.required");
        }
        return value;
    }

    /** null when blank. */
    public String optional(String column) {
        String value = text(column);
        return value.isEmpty() ? null : value;
    }

    public int integer(String column) {
        return parseInt(column, required(column));
    }

    public Integer optionalInteger(String column) {
        String value = text(column);
        return value.isEmpty() ? null : parseInt(column, value);
    }

    public BigDecimal decimal(String column) {
        return parseDecimal(column, required(column));
    }

    public BigDecimal optionalDecimal(String column) {
        String value = text(column);
        return value.isEmpty() ? null : parseDecimal(column, value);
    }

    public boolean bool(String column) {
        String value = required(column);
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw fail(column, value, "import.reason.notBoolean");
    }

    public LocalDate date(String column) {
        String value = required(column);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw fail(column, value, "import.reason.notDate");
        }
    }

    public LocalDateTime dateTime(String column) {
        String value = required(column);
        try {
            return LocalDateTime.parse(value, DATE_TIME);
        } catch (DateTimeParseException e) {
            throw fail(column, value, "import.reason.notDateTime");
        }
    }

    public LocalDateTime optionalDateTime(String column) {
        return text(column).isEmpty() ? null : dateTime(column);
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String value = required(column);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw fail(column, value, "import.reason.unknownValue");
        }
    }

    public CellException fail(String column, String value, String reasonKey) {
        return new CellException(file, rowNumber, column, value, reasonKey);
    }

    private int parseInt(String column, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw fail(column, value, "import.reason.notWholeNumber");
        }
    }

    private BigDecimal parseDecimal(String column, String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw fail(column, value, "import.reason.notNumber");
        }
    }
}

package io.storedesk.importing;

import io.storedesk.common.MessageKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one row's fields by name through the column mapping. A cell that cannot be read adds a problem
 * (row, column, value, reason) and reads as absent; a blank cell reads as absent too, so an update keeps
 * the old value. {@link #CLEAR} (or #清空) in a cell asks to empty an optional field.
 */
public final class RowReader {

    public static final String CLEAR = "#CLEAR";
    public static final String CLEAR_CHINESE = "#清空";

    private final SourceRow row;
    private final ColumnMapping mapping;
    private final Map<String, FieldSpec> fields;
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<RowProblem> warnings = new ArrayList<>();

    public RowReader(SourceRow row, ColumnMapping mapping, Map<String, FieldSpec> fields) {
        this.row = row;
        this.mapping = mapping;
        this.fields = fields;
        // Cells past the header are usually a comma that should have been quoted, shifting the row's cells.
        for (int i = mapping.header().size(); i < row.cells().size(); i++) {
            if (!row.cell(i).isBlank()) {
                problems.add(new RowProblem(row.number(), "#" + (i + 1), row.cell(i).text(),
                        new MessageKey("import.reason.extraCells", mapping.header().size())));
                break;
            }
        }
    }

    public long rowNumber() {
        return row.number();
    }

    /** The cell's text with its ends trimmed, empty when blank, cleared, unmapped or unreadable. */
    public Optional<String> text(String field) {
        return read(field, t -> Optional.of(t));
    }

    /** True when the cell holds the clear token. */
    public boolean clears(String field) {
        String raw = raw(field).text().strip();
        return raw.equalsIgnoreCase(CLEAR) || raw.equals(CLEAR_CHINESE);
    }

    /** True when the column exists and the cell is not blank (a value, the clear token, or something unreadable). */
    public boolean given(String field) {
        return mapping.has(field) && !raw(field).isBlank();
    }

    public Optional<BigDecimal> decimal(String field) {
        return read(field, t -> CellValues.decimal(t), "import.reason.notNumber");
    }

    public Optional<Long> wholeNumber(String field) {
        return read(field, CellValues::wholeNumber, "import.reason.notWholeNumber");
    }

    public Optional<Boolean> bool(String field) {
        return read(field, CellValues::bool, "import.reason.notBoolean");
    }

    public Optional<LocalDateTime> dateTime(String field) {
        return read(field, CellValues::dateTime, "import.reason.notDateTime");
    }

    public Optional<LocalDate> date(String field) {
        return read(field, CellValues::date, "import.reason.notDate");
    }

    /** A value from a fixed set, matched on any of the words given for it (case and width ignored). */
    public <E> Optional<E> choice(String field, Map<String, E> words) {
        return read(field, t -> Optional.ofNullable(words.get(HeaderNames.normalize(t))), "import.reason.unknownValue");
    }

    /** Records that a required field has no value in this row. */
    public void require(String field) {
        if (!given(field) || clears(field)) {
            problem(field, "", "import.reason.required");
        }
    }

    public void problem(String field, String value, String reasonKey, Object... arguments) {
        problems.add(new RowProblem(row.number(), mapping.headerOf(field), value, new MessageKey(reasonKey, arguments)));
    }

    /** A cell left out while the row still imports (a damaged barcode, an unknown category). */
    public void warning(String field, String value, String reasonKey, Object... arguments) {
        warnings.add(new RowProblem(row.number(), mapping.headerOf(field), value, new MessageKey(reasonKey, arguments)));
    }

    public List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    public List<RowProblem> warnings() {
        return List.copyOf(warnings);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    private SourceCell raw(String field) {
        return mapping.column(field).map(row::cell).orElse(SourceCell.EMPTY);
    }

    private <T> Optional<T> read(String field, Function<String, Optional<T>> parser) {
        return read(field, parser, "import.reason.unknownValue");
    }

    private <T> Optional<T> read(String field, Function<String, Optional<T>> parser, String reasonKey) {
        SourceCell cell = raw(field);
        if (cell.isBlank() || clears(field)) {
            return Optional.empty();
        }
        if (cell.kind() == CellKind.FORMULA) {
            problem(field, cell.text(), "import.reason.formula");
            return Optional.empty();
        }
        if (cell.kind() == CellKind.ERROR) {
            problem(field, cell.text(), "import.reason.errorCell");
            return Optional.empty();
        }
        String text = cell.text().strip();
        FieldSpec spec = fields.get(field);
        if (spec != null && (spec.type() == FieldType.TEXT || spec.type() == FieldType.CODE)) {
            if (!isWellFormed(text)) {
                problem(field, text, "import.reason.invalidText");
                return Optional.empty();
            }
            if (spec.maxLength() > 0 && text.codePointCount(0, text.length()) > spec.maxLength()) {
                problem(field, abbreviate(text), "import.reason.tooLong", spec.maxLength());
                return Optional.empty();
            }
        }
        Optional<T> value = parser.apply(text);
        if (value.isEmpty()) {
            problem(field, abbreviate(text), reasonKey);
        }
        return value;
    }

    /** No lone surrogates (they cannot be stored as UTF-8) and no control characters but tab. */
    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n')) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }
}

package io.storedesk.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a sheet for people to open: CSV (UTF-8 with BOM) or XLSX, chosen by the file's extension. Text
 * that a spreadsheet program would run as a formula (starting with =, +, -, @, tab or CR) is written with
 * a leading apostrophe; plain numbers are written as numbers.
 */
public interface SpreadsheetWriter extends AutoCloseable {

    static SpreadsheetWriter create(Path file, List<String> header) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? new XlsxWriter(file, header) : new CsvWriter(file, header);
    }

    /** Cells may be text, numbers (written as numbers), or null (empty). */
    void row(List<?> cells);

    @Override
    void close();

    /** The text to write for a cell so that no spreadsheet program mistakes it for a formula. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (risky && !CellValues.isPlainNumber(text)) {
            return "'" + text;
        }
        return text;
    }
}

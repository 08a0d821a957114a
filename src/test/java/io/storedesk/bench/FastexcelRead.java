package io.storedesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** The baseline of the XLSX import figures: fastexcel alone reading every cell of the first sheet, nothing else. */
final class FastexcelRead {

    private FastexcelRead() {
    }

    /** Reads the sheet with the import's reading options; returns the characters read, so nothing is skipped. */
    static long everyCell(Path file) {
        long characters = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                for (int i = 0; i < row.getCellCount(); i++) {
                    Cell cell = row.getCell(i);
                    String value = cell == null ? null : cell.getRawValue();
                    characters += value == null ? 0 : value.length();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return characters;
    }
}

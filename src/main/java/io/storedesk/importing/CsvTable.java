package io.storedesk.importing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.storedesk.common.RefusedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A whole CSV file in memory: its header and rows. UTF-8 with or without a byte-order mark. */
public final class CsvTable {

    private final String file;
    private final List<String> header;
    private final List<CsvRow> rows;

    private CsvTable(String file, List<String> header, List<CsvRow> rows) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    public static CsvTable read(String file, InputStream in) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).skipEmptyLines(true)
                .ofCsvRecord(in, StandardCharsets.UTF_8)) {
            Iterator<CsvRecord> records = reader.iterator();
            if (!records.hasNext()) {
                throw new RefusedInputException("import.error.empty", file);
            }
            List<String> header = records.next().getFields().stream().map(String::strip).toList();
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i), i);
            }
            List<CsvRow> rows = new ArrayList<>();
            long rowNumber = 1;
            while (records.hasNext()) {
                // Numbered as a spreadsheet shows rows (header = 1), not by text lines: a quoted cell may span lines.
                rows.add(new CsvRow(file, ++rowNumber, columns, records.next().getFields()));
            }
            return new CsvTable(file, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<CsvRow> rows() {
        return rows;
    }
}

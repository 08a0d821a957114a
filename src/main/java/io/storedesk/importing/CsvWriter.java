package io.storedesk.importing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** CSV for spreadsheet programs, through {@link CsvFileWriter}, with risky cells escaped. */
final class CsvWriter implements SpreadsheetWriter {

    private final CsvFileWriter csv;

    CsvWriter(Path file, List<String> header) {
        this.csv = CsvFileWriter.create(file, header.stream().map(SpreadsheetWriter::safe).toList());
    }

    @Override
    public void row(List<?> cells) {
        List<String> texts = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            if (cell == null) {
                texts.add("");
            } else if (cell instanceof BigDecimal d) {
                texts.add(d.toPlainString());
            } else if (cell instanceof Number n) {
                texts.add(n.toString());
            } else {
                texts.add(SpreadsheetWriter.safe(cell.toString()));
            }
        }
        csv.row(texts);
    }

    @Override
    public void close() {
        csv.close();
    }
}

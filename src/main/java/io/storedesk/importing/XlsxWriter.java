package io.storedesk.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** An XLSX workbook with one sheet, streamed with fastexcel (rows are flushed as they are written). */
final class XlsxWriter implements SpreadsheetWriter {

    private final OutputStream out;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    XlsxWriter(Path file, List<String> header) {
        try {
            this.out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.workbook = new Workbook(out, "StoreDesk", "1.0");
        this.sheet = workbook.newWorksheet("StoreDesk");
        row(header);
        sheet.freezePane(0, 1);
    }

    @Override
    public void row(List<?> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            if (cell instanceof Number n) {
                sheet.value(row, c, n);
            } else if (cell != null) {
                // A workbook cell written as a string is never evaluated; still escape, for tools that re-save as CSV.
                sheet.value(row, c, SpreadsheetWriter.safe(cell.toString()));
            }
        }
        row++;
        if (row % 1_000 == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            workbook.finish();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

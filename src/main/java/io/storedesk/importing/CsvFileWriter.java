package io.storedesk.importing;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes CSV the way spreadsheet programs open it without asking: UTF-8 with a byte-order mark
 * (so Excel shows Chinese correctly), CRLF line ends, RFC 4180 quoting.
 */
public final class CsvFileWriter implements AutoCloseable {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CsvWriter csv;
    private final int columns;

    private CsvFileWriter(Writer writer, List<String> header) {
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
        this.columns = header.size();
        csv.writeRecord(header);
    }

    public static CsvFileWriter create(Path file, List<String> header) {
        try {
            OutputStream out = Files.newOutputStream(file);
            out.write(UTF8_BOM);
            return new CsvFileWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(List<String> values) {
        if (values.size() != columns) {
            throw new IllegalArgumentException("row has " + values.size() + " cells, header has " + columns);
        }
        csv.writeRecord(values);
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

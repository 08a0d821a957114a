package io.storedesk.importing;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.storedesk.common.RefusedInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A CSV file read row by row with FastCSV, in the encoding and with the delimiter {@link CsvLayout}
 * found. Bytes that are not valid in that encoding stop the import with the row where they appear
 * rather than turning silently into replacement characters.
 */
final class CsvSource implements TabularSource {

    private final Path file;
    private final String fileName;
    private final CsvLayout layout;
    private final ImportLimits limits;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final List<String> header;
    private long rowNumber;

    private CsvSource(Path file, CsvLayout layout, ImportLimits limits) throws IOException {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.layout = layout;
        this.limits = limits;
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(layout.bomLength());
        var decoder = layout.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = CsvReader.builder()
                .fieldSeparator(layout.delimiter())
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16));
        this.records = reader.iterator();
        try {
            this.header = readHeader();
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    static CsvSource open(Path file, byte[] head, ImportLimits limits) {
        try {
            return new CsvSource(file, CsvLayout.of(head), limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public String description() {
        return layout.describe();
    }

    @Override
    public List<String> header() {
        return header;
    }

    private List<String> readHeader() {
        while (true) {
            CsvRecord record = nextRecord();
            if (record == null) {
                throw new RefusedInputException("import.error.empty", fileName);
            }
            List<String> fields = record.getFields();
            if (fields.stream().anyMatch(f -> !f.isBlank())) {
                checkColumns(fields.size());
                return fields.stream().map(String::strip).toList();
            }
        }
    }

    @Override
    public Iterator<SourceRow> rows() {
        return new Iterator<>() {
            private SourceRow pending;

            @Override
            public boolean hasNext() {
                while (pending == null) {
                    CsvRecord record = nextRecord();
                    if (record == null) {
                        return false;
                    }
                    checkColumns(record.getFieldCount());
                    List<SourceCell> cells = new ArrayList<>(record.getFieldCount());
                    for (String field : record.getFields()) {
                        cells.add(SourceCell.text(field));
                    }
                    SourceRow row = new SourceRow(rowNumber, cells);
                    if (!row.isBlank()) {
                        pending = row;
                    }
                }
                return true;
            }

            @Override
            public SourceRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SourceRow row = pending;
                pending = null;
                return row;
            }
        };
    }

    /** The next record, or null at the end; refuses past the row limit and on undecodable or broken text. */
    private CsvRecord nextRecord() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            rowNumber++;
            if (rowNumber > limits.maxRows()) {
                throw new RefusedInputException("import.error.tooManyRows", fileName, limits.maxRows());
            }
            // FastCSV lets a quote that never closes run to the end of the file: the last record then
            // swallows every line after it.
            if (!records.hasNext() && record.getFields().stream().anyMatch(f -> f.indexOf('\n') >= 0
                    || f.indexOf('\r') >= 0)) {
                throw new RefusedInputException("import.error.csvBroken", fileName, rowNumber);
            }
            return record;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                // The reader decodes ahead of the rows it hands out: find the line of the bad bytes itself.
                throw new RefusedInputException("import.error.encoding", fileName,
                        EncodingCheck.firstBadLine(file, layout.charset(), layout.bomLength()), layout.charset().name());
            }
            throw e;
        } catch (CsvParseException e) {
            throw new RefusedInputException("import.error.csvBroken", fileName, rowNumber + 1);
        }
    }

    private void checkColumns(int count) {
        if (count > limits.maxColumns()) {
            throw new RefusedInputException("import.error.tooManyColumns", fileName, count, limits.maxColumns());
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

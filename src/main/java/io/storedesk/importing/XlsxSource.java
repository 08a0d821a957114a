package io.storedesk.importing;

import io.storedesk.common.RefusedInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of an XLSX workbook, streamed with fastexcel. Before reading, the archive is checked:
 * it must be a workbook, and it must not unpack to more than the limit (a zip bomb).
 */
final class XlsxSource implements TabularSource {

    /** Beyond this ratio a large entry is not a spreadsheet but a bomb (real sheets compress 5 to 20 times). */
    private static final long MAX_RATIO = 200;

    private final String fileName;
    private final ImportLimits limits;
    private final ReadableWorkbook workbook;
    private final String sheetName;
    private final Stream<Row> stream;
    private final Iterator<Row> sheetRows;
    private final List<String> header;

    private XlsxSource(Path file, ImportLimits limits) throws IOException {
        this.fileName = file.getFileName().toString();
        this.limits = limits;
        this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
        try {
            Sheet sheet = workbook.getFirstSheet();
            this.sheetName = sheet.getName();
            this.stream = sheet.openStream();
            this.sheetRows = stream.iterator();
            this.header = readHeader();
        } catch (RuntimeException | IOException e) {
            workbook.close();
            throw e;
        }
    }

    static XlsxSource open(Path file, ImportLimits limits) {
        String name = file.getFileName().toString();
        checkArchive(file, name, limits);
        try {
            return new XlsxSource(file, limits);
        } catch (RefusedInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RefusedInputException("import.error.corruptWorkbook", name);
        }
    }

    private static void checkArchive(Path file, String name, ImportLimits limits) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean workbookPart = false;
            long unpacked = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                workbookPart |= entry.getName().equals("xl/workbook.xml");
                long size = entry.getSize();
                long packed = Math.max(1, entry.getCompressedSize());
                unpacked += Math.max(0, size);
                if (size > 10L * 1024 * 1024 && size / packed > MAX_RATIO) {
                    throw new RefusedInputException("import.error.zipBomb", name);
                }
            }
            if (unpacked > limits.maxUnpackedBytes()) {
                throw new RefusedInputException("import.error.zipBomb", name);
            }
            if (!workbookPart) {
                throw new RefusedInputException("import.error.notWorkbook", name);
            }
        } catch (ZipException e) {
            throw new RefusedInputException("import.error.corruptWorkbook", name);
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
        return "XLSX, " + sheetName;
    }

    @Override
    public List<String> header() {
        return header;
    }

    private List<String> readHeader() {
        while (sheetRows.hasNext()) {
            SourceRow row = convert(nextRow());
            if (!row.isBlank()) {
                return row.cells().stream().map(c -> c.text().strip()).toList();
            }
        }
        throw new RefusedInputException("import.error.empty", fileName);
    }

    @Override
    public Iterator<SourceRow> rows() {
        return new Iterator<>() {
            private SourceRow pending;

            @Override
            public boolean hasNext() {
                while (pending == null && sheetRows.hasNext()) {
                    SourceRow row = convert(nextRow());
                    if (!row.isBlank()) {
                        pending = row;
                    }
                }
                return pending != null;
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

    private Row nextRow() {
        try {
            Row row = sheetRows.next();
            if (row.getRowNum() > limits.maxRows()) {
                throw new RefusedInputException("import.error.tooManyRows", fileName, limits.maxRows());
            }
            if (row.getCellCount() > limits.maxColumns()) {
                throw new RefusedInputException("import.error.tooManyColumns", fileName, row.getCellCount(),
                        limits.maxColumns());
            }
            return row;
        } catch (RefusedInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RefusedInputException("import.error.corruptWorkbook", fileName);
        }
    }

    private static SourceRow convert(Row row) {
        List<SourceCell> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(convert(row.getCell(i)));
        }
        return new SourceRow(row.getRowNum(), cells);
    }

    private static SourceCell convert(Cell cell) {
        if (cell == null) {
            return SourceCell.EMPTY;
        }
        return switch (cell.getType()) {
            case EMPTY -> SourceCell.EMPTY;
            case STRING -> SourceCell.text(cell.getText());
            case NUMBER -> new SourceCell(plain(cell.getRawValue()), CellKind.NUMBER);
            case BOOLEAN -> new SourceCell(String.valueOf(cell.asBoolean()), CellKind.BOOLEAN);
            case FORMULA -> new SourceCell(cell.getRawValue() == null ? "" : cell.getRawValue(), CellKind.FORMULA);
            case ERROR -> new SourceCell(cell.getRawValue() == null ? "#ERROR" : cell.getRawValue(), CellKind.ERROR);
        };
    }

    /** Excel stores 6.9318E+12 for a long number typed in a cell: write the digits out. */
    private static String plain(String raw) {
        if (raw == null) {
            return "";
        }
        try {
            return new BigDecimal(raw).toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

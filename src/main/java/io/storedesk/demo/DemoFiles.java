package io.storedesk.demo;

import io.storedesk.importing.CsvFileWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo shop's files while they are generated, and their writing to a folder. */
final class DemoFiles {

    private final Map<String, DemoTable> tables = new LinkedHashMap<>();

    DemoTable table(String fileName, String... header) {
        if (!DemoShop.FILES.contains(fileName)) {
            throw new IllegalArgumentException("not a demo file: " + fileName);
        }
        DemoTable table = new DemoTable(fileName, header);
        if (tables.putIfAbsent(fileName, table) != null) {
            throw new IllegalStateException("written twice: " + fileName);
        }
        return table;
    }

    DemoTable get(String fileName) {
        DemoTable table = tables.get(fileName);
        if (table == null) {
            throw new IllegalStateException("not generated: " + fileName);
        }
        return table;
    }

    List<DemoTable> inFileOrder() {
        return DemoShop.FILES.stream().map(this::get).toList();
    }

    void writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (DemoTable table : inFileOrder()) {
            try (CsvFileWriter writer = CsvFileWriter.create(directory.resolve(table.fileName()), table.header())) {
                table.rows().forEach(writer::row);
            }
        }
    }
}

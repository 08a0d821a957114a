package io.storedesk.demo;

import java.util.ArrayList;
import java.util.List;

/** One file of the demo shop: a header and rows of text cells, as a spreadsheet would show them. */
final class DemoTable {

    private final String fileName;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    DemoTable(String fileName, String... header) {
        this.fileName = fileName;
        this.header = List.of(header);
    }

    void add(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(fileName + ": row has " + cells.length + " cells, header has "
                    + header.size());
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(DemoFormat.cell(cell));
        }
        rows.add(row);
    }

    String fileName() {
        return fileName;
    }

    List<String> header() {
        return header;
    }

    List<List<String>> rows() {
        return rows;
    }
}

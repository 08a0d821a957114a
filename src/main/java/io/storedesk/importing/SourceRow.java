package io.storedesk.importing;

import java.util.List;

/** A data row of a sheet, numbered as the spreadsheet program shows it (the header is row 1). */
public record SourceRow(long number, List<SourceCell> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    public SourceCell cell(int column) {
        return column < cells.size() ? cells.get(column) : SourceCell.EMPTY;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(SourceCell::isBlank);
    }
}

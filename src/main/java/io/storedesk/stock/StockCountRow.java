package io.storedesk.stock;

import io.storedesk.importing.RowProblem;
import java.util.List;

/** One stocktake row as read: where, which SKU, how many were counted (null when unreadable) and why. */
record StockCountRow(long row, String warehouse, String sku, Integer counted, String note, List<RowProblem> problems) {

    StockCountRow {
        problems = List.copyOf(problems);
    }
}

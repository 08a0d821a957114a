package io.storedesk.catalog;

import io.storedesk.importing.RowProblem;
import io.storedesk.importing.Update;
import java.math.BigDecimal;
import java.util.List;

/** One catalog row as read: the SKU it is about and what it asks of each field. */
record CatalogImportRow(long row, String sku, String productCode, Update<String> title, Update<String> category,
                        Update<String> brand, Update<String> tags, Update<String> barcode, Update<String> attributes,
                        Update<BigDecimal> price, Update<BigDecimal> cost, Update<Integer> weight,
                        Update<Integer> shelfLife, Update<LifecycleStage> stage, Update<Boolean> listed,
                        List<RowProblem> problems, List<RowProblem> warnings) {

    CatalogImportRow {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }
}

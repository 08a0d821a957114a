package io.storedesk.importing;

import io.storedesk.common.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The refused rows of an import, as they stood in the file, with a column saying why: fix them there and
 * import the report again.
 */
public final class RefusedRowsReport {

    private RefusedRowsReport() {
    }

    /** Writes the report (CSV or XLSX by the target's extension); returns the number of rows written. */
    public static int write(Path source, ImportResult result, Path target, Messages messages, ImportLimits limits) {
        Map<Long, String> reasons = new HashMap<>();
        for (RowOutcome outcome : result.outcomes()) {
            if (outcome.status() == RowStatus.REFUSED) {
                reasons.put(outcome.row(), outcome.problems().stream()
                        .map(p -> p.column() + ": " + messages.get(p.reason().key(), p.reason().arguments()))
                        .collect(Collectors.joining("; ")));
            }
        }
        int written = 0;
        try (TabularSource original = SpreadsheetFiles.open(source, limits)) {
            List<String> header = new ArrayList<>(original.header());
            header.add(messages.get("import.report.reasonColumn"));
            header.add(messages.get("import.report.rowColumn"));
            try (SpreadsheetWriter writer = SpreadsheetWriter.create(target, header)) {
                for (Iterator<SourceRow> rows = original.rows(); rows.hasNext(); ) {
                    SourceRow row = rows.next();
                    String reason = reasons.get(row.number());
                    if (reason != null) {
                        List<Object> cells = new ArrayList<>();
                        for (int i = 0; i < original.header().size(); i++) {
                            cells.add(row.cell(i).text());
                        }
                        cells.add(reason);
                        cells.add(row.number());
                        writer.row(cells);
                        written++;
                    }
                }
            }
        }
        return written;
    }
}

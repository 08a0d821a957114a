package io.storedesk.stock;

import io.storedesk.importing.ColumnMapping;
import io.storedesk.importing.FieldSpec;
import io.storedesk.importing.ImportCancelledException;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.RowReader;
import io.storedesk.importing.SourceRow;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads every row of a stock file through its parser, telling progress and stopping when cancelled. */
final class RowParsing {

    private RowParsing() {
    }

    static <T> List<T> readAll(Iterator<SourceRow> rows, ColumnMapping mapping, List<FieldSpec> fields,
                               ImportProgress progress, Function<RowReader, T> parser) {
        Map<String, FieldSpec> specs = fields.stream().collect(Collectors.toMap(FieldSpec::name, Function.identity()));
        List<T> parsed = new ArrayList<>();
        while (rows.hasNext()) {
            if (progress.isCancelled()) {
                throw new ImportCancelledException();
            }
            parsed.add(parser.apply(new RowReader(rows.next(), mapping, specs)));
            if (parsed.size() % 10_000 == 0) {
                progress.rowsRead(parsed.size());
            }
        }
        progress.rowsRead(parsed.size());
        return parsed;
    }
}

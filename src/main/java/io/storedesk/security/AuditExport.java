package io.storedesk.security;

import io.storedesk.common.Messages;
import io.storedesk.importing.SpreadsheetWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Audit entries to CSV or XLSX (by the file's extension), one row each with the values before and after as
 * "field=value" lists; the spreadsheet writer keeps a value that looks like a formula from running as one.
 */
final class AuditExport {

    static final List<String> COLUMNS = List.of("id", "time", "user", "action", "entity", "entityId", "before",
            "after");

    private AuditExport() {
    }

    static int write(Path file, List<AuditEntry> entries, Messages messages) {
        List<String> header = COLUMNS.stream().map(c -> messages.get("security.audit.column." + c)).toList();
        try (SpreadsheetWriter writer = SpreadsheetWriter.create(file, header)) {
            for (AuditEntry e : entries) {
                List<Object> cells = new ArrayList<>(COLUMNS.size());
                cells.add(e.id());
                cells.add(e.occurredAt().toString());
                cells.add(e.user());
                cells.add(e.action());
                cells.add(e.entity());
                cells.add(e.entityId() == null ? "" : e.entityId());
                cells.add(text(e.before()));
                cells.add(text(e.after()));
                writer.row(cells);
            }
        }
        return entries.size();
    }

    static String text(Map<String, String> values) {
        return new TreeMap<>(values).entrySet().stream().map(v -> v.getKey() + "=" + v.getValue())
                .collect(Collectors.joining("; "));
    }
}

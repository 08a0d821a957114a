package io.storedesk.importing;

import java.util.List;

/**
 * What one row of the file does (or would do): its key (SKU code, order number...), its status, why it
 * is refused, warnings about cells that were left out (the row still imports), and the fields it changes.
 */
public record RowOutcome(long row, String key, RowStatus status, List<RowProblem> problems, List<RowProblem> warnings,
                         List<FieldChange> changes) {

    public RowOutcome {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        changes = List.copyOf(changes);
        if (status == RowStatus.REFUSED && problems.isEmpty()) {
            throw new IllegalArgumentException("a refused row needs a reason");
        }
    }

    public static RowOutcome refused(long row, String key, List<RowProblem> problems) {
        return new RowOutcome(row, key, RowStatus.REFUSED, problems, List.of(), List.of());
    }
}

package io.storedesk.importing;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an import: every row's outcome, the counts, whether anything was written and the job
 * that can undo it.
 */
public record ImportResult(ImportKindId kind, String fileName, String description, Map<String, String> mapping,
                           List<String> unusedColumns, List<RowOutcome> outcomes, boolean applied, Long jobId,
                           Duration took) {

    public ImportResult {
        mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        unusedColumns = List.copyOf(unusedColumns);
        outcomes = List.copyOf(outcomes);
    }

    public long rows() {
        return outcomes.size();
    }

    public long accepted() {
        return outcomes.stream().filter(o -> o.status().isAccepted()).count();
    }

    public long refused() {
        return count(RowStatus.REFUSED);
    }

    public long unchanged() {
        return count(RowStatus.UNCHANGED);
    }

    public long count(RowStatus status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public List<RowProblem> problems() {
        return outcomes.stream().flatMap(o -> o.problems().stream()).toList();
    }

    public List<RowProblem> warnings() {
        return outcomes.stream().flatMap(o -> o.warnings().stream()).toList();
    }
}

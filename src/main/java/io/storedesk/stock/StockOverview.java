package io.storedesk.stock;

import java.util.List;
import java.util.Map;

/**
 * The warning pane's content: warnings still to act on (dismissed and snoozed ones left out), their counts
 * by kind, how many are put aside, and the whole plan (suggestions include positions without a warning).
 */
public record StockOverview(List<WarningRow> rows, Map<WarningKind, Integer> counts, int putAside, StockPlan plan) {

    public int count(WarningKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    public int total() {
        return rows.size();
    }
}

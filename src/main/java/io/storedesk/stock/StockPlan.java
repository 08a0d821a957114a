package io.storedesk.stock;

import java.util.List;

/** The result of one planning run: figures per position, what to buy, move and clear, and the warnings. */
public record StockPlan(List<PositionPlan> positions, List<ReorderSuggestion> reorders,
                        List<TransferSuggestion> transfers, List<ClearanceSuggestion> clearances,
                        List<StockWarning> warnings) {
}

package io.storedesk.stock;

/**
 * A warning with what the pane filters and acts on: the position's figures and classes, its supplier and
 * category, and the suggestion that answers it (reorder, transfer or clearance; each null when none).
 */
public record WarningRow(StockWarning warning, PositionPlan plan, Long supplierId, long categoryId,
                         ReorderSuggestion reorder, TransferSuggestion transfer, ClearanceSuggestion clearance) {

    public WarningKey key() {
        return WarningKey.of(warning);
    }

    public AbcClass abc() {
        return plan == null ? AbcClass.C : plan.abc();
    }
}

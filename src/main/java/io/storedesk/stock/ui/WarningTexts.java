package io.storedesk.stock.ui;

import io.storedesk.common.MessageKey;
import io.storedesk.stock.WarningKind;
import io.storedesk.stock.WarningRow;

/** What a warning row says in words: its figure ("12 short") and the suggestion that answers it. */
final class WarningTexts {

    private WarningTexts() {
    }

    static MessageKey figure(WarningRow row) {
        var warning = row.warning();
        if (warning.kind() == WarningKind.NEAR_EXPIRY && warning.figure() < 0) {
            return new MessageKey("stock.figure.EXPIRED", -warning.figure(), warning.batch().batchNo());
        }
        if (warning.kind() == WarningKind.NEAR_EXPIRY) {
            return new MessageKey("stock.figure.NEAR_EXPIRY", warning.figure(), warning.batch().batchNo());
        }
        if (warning.kind() == WarningKind.NEGATIVE_AVAILABLE) {
            return new MessageKey("stock.figure.NEGATIVE_AVAILABLE", -warning.figure());
        }
        if (warning.overMaximum()) {
            return new MessageKey("stock.figure.OVER_MAXIMUM", warning.figure());
        }
        return new MessageKey("stock.figure." + warning.kind().name(), warning.figure());
    }

    /** null when nothing is suggested (no supplier, nothing to move, demand absorbs the batch). */
    static MessageKey suggestion(WarningRow row) {
        if (row.reorder() != null) {
            return new MessageKey("stock.suggestion.reorder", row.reorder().quantity());
        }
        if (row.transfer() != null) {
            var t = row.transfer();
            return t.toWarehouseId() == row.warning().key().warehouseId()
                    ? new MessageKey("stock.suggestion.transferIn", t.quantity(), t.fromWarehouseCode())
                    : new MessageKey("stock.suggestion.transferOut", t.quantity(), t.toWarehouseCode());
        }
        if (row.clearance() != null) {
            return new MessageKey("stock.suggestion.clearance", row.clearance().quantity(),
                    row.clearance().discountPercent());
        }
        return null;
    }
}

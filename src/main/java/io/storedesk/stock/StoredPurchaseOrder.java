package io.storedesk.stock;

import io.storedesk.common.Money;
import java.time.Instant;
import java.util.List;

/**
 * A purchase order as the store holds it: its lines with their ids, and the versions a change must still
 * find. id 0 = not yet stored. note explains what a person should check (such as lines priced at 0).
 */
public record StoredPurchaseOrder(long id, String code, long supplierId, long warehouseId, PurchaseOrderStatus status,
                                  Money total, Instant orderedAt, Instant expectedAt, Instant receivedAt, String note,
                                  int version, List<StoredPurchaseOrderLine> lines) {

    public StoredPurchaseOrder {
        lines = List.copyOf(lines);
    }

    /** Every line has arrived in full. */
    public boolean isComplete() {
        return lines.stream().allMatch(l -> l.outstanding() == 0);
    }

    StoredPurchaseOrder withLines(List<StoredPurchaseOrderLine> newLines) {
        return new StoredPurchaseOrder(id, code, supplierId, warehouseId, status, total, orderedAt, expectedAt,
                receivedAt, note, version, newLines);
    }

    StoredPurchaseOrder withStatus(PurchaseOrderStatus newStatus, Instant ordered, Instant expected,
                                   Instant received) {
        return new StoredPurchaseOrder(id, code, supplierId, warehouseId, newStatus, total, ordered, expected,
                received, note, version, lines);
    }
}

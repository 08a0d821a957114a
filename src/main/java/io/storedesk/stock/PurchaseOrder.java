package io.storedesk.stock;

import io.storedesk.common.Money;
import java.time.Instant;
import java.util.List;

/** An order to a supplier for delivery to one warehouse. id 0 = not yet stored. */
public record PurchaseOrder(long id, String code, long supplierId, long warehouseId, PurchaseOrderStatus status,
                            Instant orderedAt, Instant expectedAt, Instant receivedAt, List<PurchaseOrderLine> lines) {

    public PurchaseOrder {
        lines = List.copyOf(lines);
    }

    public Money total(String currency) {
        return lines.stream().map(PurchaseOrderLine::amount).reduce(Money.zero(currency), Money::plus);
    }
}

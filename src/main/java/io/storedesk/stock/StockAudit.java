package io.storedesk.stock;

import io.storedesk.security.AuditLog;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A ledger movement as an audit entry: entity "stock", id "skuId@warehouseId", units on hand before and after,
 * with the booked quantity, batch, reason and document beside the after value.
 */
final class StockAudit {

    static final String ENTITY = "stock";

    private StockAudit() {
    }

    static AuditLog.Change of(Movement m) {
        Map<String, String> after = new LinkedHashMap<>();
        after.put("onHand", String.valueOf(m.onHandAfter()));
        after.put("quantity", String.valueOf(m.quantity()));
        if (m.batchId() != null) {
            after.put("batch", String.valueOf(m.batchId()));
        }
        if (m.reason() != null) {
            after.put("reason", m.reason());
        }
        if (m.reference() != null) {
            after.put("reference", m.reference());
        }
        return new AuditLog.Change("stock." + m.kind().name().toLowerCase(Locale.ROOT), ENTITY,
                m.skuId() + "@" + m.warehouseId(), Map.of("onHand", String.valueOf(m.onHandBefore())), after);
    }
}

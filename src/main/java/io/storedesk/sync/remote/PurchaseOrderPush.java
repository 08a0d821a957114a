package io.storedesk.sync.remote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A draft purchase order from replenishment, for the ERP. code = our PO number (the ERP's reference). */
public record PurchaseOrderPush(String idempotencyKey, String code, String supplierCode, String supplierName,
                                String warehouseCode, LocalDate expectedOn, String currency, List<Line> lines)
        implements PushMessage {

    public PurchaseOrderPush {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, long quantity, BigDecimal unitCost) {
    }
}

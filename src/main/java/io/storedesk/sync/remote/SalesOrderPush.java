package io.storedesk.sync.remote;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A channel's order passed on to the ERP. orderRef = channel code + ":" + order number. */
public record SalesOrderPush(String idempotencyKey, String orderRef, String customerName, Instant placedAt,
                             String currency, List<Line> lines) implements PushMessage {

    public SalesOrderPush {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, int quantity, BigDecimal unitPrice) {
    }
}

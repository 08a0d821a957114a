package io.storedesk.sync.remote;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Money a channel gave back (or a buyer asked back) on one order. lines empty = not tied to lines (e.g. a
 * shipping refund). amount positive. restock = whether the channel says the goods come back.
 */
public record RemoteRefund(String externalId, String orderExternalId, Instant createdAt, BigDecimal amount,
                           String currency, String reason, boolean restock, List<RemoteRefundLine> lines)
        implements RemoteRecord {

    public RemoteRefund {
        lines = List.copyOf(lines);
    }

    @Override
    public Instant updatedAt() {
        return createdAt;
    }
}

package io.storedesk.sync.remote;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as the channel has it now. orderNo = the number staff see (Shopify "#1001", WooCommerce number),
 * externalId = the API's id. Amounts are in currency; discount is positive: everything taken off the order, line
 * discounts included (Shopify total_discounts, WooCommerce discount_total); total is what the buyer pays.
 * shipTo may be null (digital goods). status unknown to the adapter maps to UNKNOWN, and
 * the raw word is kept in channelStatus.
 */
public record RemoteOrder(String externalId, String orderNo, RemoteOrderStatus status, String channelStatus,
                          Instant placedAt, Instant paidAt, Instant updatedAt, String currency,
                          BigDecimal shipping, BigDecimal discount, BigDecimal total, String buyerNote,
                          RemoteCustomer customer, RemoteAddress shipTo, List<RemoteOrderLine> lines)
        implements RemoteRecord {

    public RemoteOrder {
        lines = List.copyOf(lines);
    }
}

package io.storedesk.sync.woocommerce;

import static io.storedesk.sync.woocommerce.WooValues.amount;
import static io.storedesk.sync.woocommerce.WooValues.blankToNull;
import static io.storedesk.sync.woocommerce.WooValues.gmt;

import io.storedesk.sync.remote.RemoteRefund;
import io.storedesk.sync.remote.RemoteRefundLine;

/** A WooCommerce refund in our words: its negative quantities and totals become positive. */
final class RefundMapping {

    private RefundMapping() {
    }

    /**
     * WooCommerce's refunds say nothing about restocking when read (api_restock is a write-only choice), so
     * restock is false: the goods coming back is for the after-sales ticket to establish.
     */
    static RemoteRefund refund(RefundJson r, OrderJson order) {
        String what = "refund " + r.id() + " of order " + order.id();
        return new RemoteRefund(String.valueOf(r.id()), String.valueOf(order.id()), gmt(r.dateCreatedGmt()),
                amount(r.amount(), what + " amount").abs(), order.currency(), blankToNull(r.reason()), false,
                r.lineItems().stream().map(l -> line(l, what)).toList());
    }

    /**
     * A refund's line item has its own id; the order line it gives back is named by its meta _refunded_item_id
     * (taken as the line's own id when a shop hides that meta).
     */
    static RemoteRefundLine line(OrderJson.LineItem l, String what) {
        String orderLineId = l.metaData().stream().filter(m -> "_refunded_item_id".equals(m.key()))
                .map(m -> m.value() == null ? null : m.value().asText()).filter(v -> v != null && !v.isBlank())
                .findFirst().orElse(String.valueOf(l.id()));
        return new RemoteRefundLine(orderLineId, blankToNull(l.sku()), Math.abs(l.quantity()),
                amount(l.total(), what + " line " + l.id() + " total").abs());
    }
}

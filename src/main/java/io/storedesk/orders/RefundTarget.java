package io.storedesk.orders;

import java.time.Instant;

/**
 * A bought line a cancellation can be refunded against: one already stored (its ids known) or one of an
 * order this import creates (its ids known only once written). remaining counts what is left to refund.
 */
final class RefundTarget {

    private final String orderNo;
    private final String skuCode;
    private final Instant placedAt;
    private final PurchasedLine stored;
    private final OrderDraft draft;
    private final int draftLineNo;
    private long remaining;

    private RefundTarget(String orderNo, String skuCode, Instant placedAt, PurchasedLine stored, OrderDraft draft,
                         int draftLineNo, long remaining) {
        this.orderNo = orderNo;
        this.skuCode = skuCode;
        this.placedAt = placedAt;
        this.stored = stored;
        this.draft = draft;
        this.draftLineNo = draftLineNo;
        this.remaining = remaining;
    }

    static RefundTarget stored(PurchasedLine line) {
        return new RefundTarget(line.orderNo(), line.skuCode(), line.placedAt(), line, null, 0, line.quantity());
    }

    static RefundTarget drafted(OrderDraft order, DraftLine line) {
        return new RefundTarget(order.orderNo(), line.skuCode(), order.placedAt(), null, order, line.lineNo(),
                line.quantity());
    }

    String orderNo() {
        return orderNo;
    }

    String skuCode() {
        return skuCode;
    }

    Instant placedAt() {
        return placedAt;
    }

    /** The stored line, or null when the line is one this import creates. */
    PurchasedLine stored() {
        return stored;
    }

    /** The order this import creates, or null for a stored line. */
    OrderDraft draft() {
        return draft;
    }

    int draftLineNo() {
        return draftLineNo;
    }

    long remaining() {
        return remaining;
    }

    void take(long quantity) {
        remaining -= quantity;
    }
}

package io.storedesk.aftersales.returns;

/** Goodwill for a buyer who keeps the goods: a coupon for a later order, or part of the money back. */
public enum CompensationKind {
    COUPON, PARTIAL_REFUND
}

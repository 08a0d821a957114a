package io.storedesk.orders;

/** Why money went back: cancelled before shipping, goods returned, or refund without return. */
public enum RefundKind {
    CANCELLATION, RETURN, REFUND_ONLY
}

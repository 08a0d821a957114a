package io.storedesk.stock;

/** A purchase order's life: drafted (often from a suggestion), sent, received in part or in full. */
public enum PurchaseOrderStatus {
    DRAFT, SENT, PARTIAL, RECEIVED, CANCELLED;

    /** Still expected to bring goods: counts as "on order" in planning. */
    public boolean isOpen() {
        return this == DRAFT || this == SENT || this == PARTIAL;
    }
}

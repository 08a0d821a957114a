package io.storedesk.stock;

/** A transfer's life: drafted, shipped (units on their way), received in full, or cancelled as a draft. */
public enum TransferStatus {
    DRAFT, IN_TRANSIT, RECEIVED, CANCELLED
}

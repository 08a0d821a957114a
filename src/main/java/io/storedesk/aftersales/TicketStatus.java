package io.storedesk.aftersales;

/** A ticket's status flow: pending review, processing (or waiting on the customer), then one end state. */
public enum TicketStatus {
    PENDING_REVIEW, PROCESSING, WAITING_CUSTOMER, DONE, CLOSED, REJECTED, CANCELLED;

    public boolean isOpen() {
        return this == PENDING_REVIEW || this == PROCESSING || this == WAITING_CUSTOMER;
    }
}

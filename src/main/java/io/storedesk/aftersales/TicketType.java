package io.storedesk.aftersales;

/** What the customer wants. */
public enum TicketType {
    RETURN, EXCHANGE, REFUND_ONLY, COMPLAINT, INQUIRY
}

package io.storedesk.aftersales;

/** How urgent a ticket is; a breach raises it one step. */
public enum TicketPriority {
    LOW, NORMAL, HIGH, URGENT
}

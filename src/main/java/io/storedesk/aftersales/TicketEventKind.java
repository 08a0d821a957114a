package io.storedesk.aftersales;

/** What happened on a ticket's timeline. */
public enum TicketEventKind {
    CREATED, STATUS, NOTE, REPLY, ASSIGNED, SLA_WARNING, SLA_BREACH, SATISFACTION, COMPENSATION, RECEIPT,
    REFUND, EXCHANGE
}

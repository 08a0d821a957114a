package io.storedesk.ui;

/** What the status bar tells about the store. */
public record DeskSummary(String shopName, long skus, long orders, long openTickets) {
}

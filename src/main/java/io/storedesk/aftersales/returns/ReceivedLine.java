package io.storedesk.aftersales.returns;

/** Units of one ticket line the warehouse checked in, and the condition they were found in. */
public record ReceivedLine(long ticketLineId, int quantity, ItemCondition condition) {
}

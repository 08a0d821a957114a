package io.storedesk.aftersales;

/** Who and what a ticket is about, by name (any may be null): order number, customer, channel, agent, warehouse. */
public record TicketParties(String orderNo, String customerName, String customerTier, String channelName,
                            String assigneeName, String warehouseName) {
}

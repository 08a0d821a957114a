package io.storedesk.aftersales;

/** Goods a return or exchange is about; conditionFound is what the warehouse saw on receipt (or null). */
public record TicketLine(long id, long ticketId, Long orderLineId, Long skuId, int quantity, int receivedQuantity,
                         String conditionFound) {
}

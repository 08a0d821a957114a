package io.storedesk.aftersales.returns;

/** The outbound order that ships an exchange's replacement goods. */
public record ExchangeOrder(String ticketCode, long orderId, String orderNumber) {
}

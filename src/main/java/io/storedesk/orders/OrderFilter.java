package io.storedesk.orders;

import java.time.Instant;

/**
 * Which orders the order inbox shows. Each field null (text blank) means any; placed times run from placedFrom
 * (included) to placedBefore (excluded). text matches order number, buyer, receiver, province, city or channel.
 */
public record OrderFilter(String text, Long channelId, OrderStatus status, String holdReason, String province,
                          Instant placedFrom, Instant placedBefore) {

    /** Every order. */
    public static final OrderFilter ANY = new OrderFilter(null, null, null, null, null, null, null);

    public OrderFilter withStatus(OrderStatus newStatus) {
        return new OrderFilter(text, channelId, newStatus, holdReason, province, placedFrom, placedBefore);
    }

    public OrderFilter withText(String newText) {
        return new OrderFilter(newText, channelId, status, holdReason, province, placedFrom, placedBefore);
    }
}

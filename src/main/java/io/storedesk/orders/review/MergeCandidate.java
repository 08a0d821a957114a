package io.storedesk.orders.review;

import io.storedesk.orders.Order;
import io.storedesk.orders.OrderStatus;
import java.time.Instant;

/** What merge detection needs to know of one order: whose it is, where it goes, when and in what state. */
public record MergeCandidate(long orderId, long channelId, Long customerId, String receiverName,
                             String receiverPhone, String mergeKey, Instant placedAt, OrderStatus status,
                             boolean presale) {

    /** The order with its address as {@link AddressNormaliser} read it. */
    public static MergeCandidate of(Order order, NormalisedAddress address) {
        String name = order.shipTo() == null ? null : order.shipTo().name();
        String phone = order.shipTo() == null ? null : order.shipTo().phone();
        return new MergeCandidate(order.id(), order.channelId(), order.customerId(), name, phone,
                address.mergeKey(), order.placedAt(), order.status(), order.presale());
    }
}

package io.storedesk.orders;

import io.storedesk.common.Money;
import java.time.Instant;
import java.util.List;

/** An order from a channel with its lines. customerId null = guest. id 0 = not yet stored. */
public record Order(long id, long channelId, String externalId, Long customerId, OrderStatus status, boolean presale,
                    Instant placedAt, Instant paidAt, Integer promisedDays, Money goodsAmount, Money shippingFee,
                    Money discountAmount, Money totalAmount, String buyerNote, Address shipTo, String holdReason,
                    Long promotionId, int version, List<OrderLine> lines) {

    public Order {
        lines = List.copyOf(lines);
    }

    public boolean isPaid() {
        return paidAt != null;
    }

    public String currency() {
        return totalAmount.currency();
    }
}

package io.storedesk.orders;

import io.storedesk.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An order the import will create: its channel, number, buyer (null = guest), time, place and lines. */
record OrderDraft(String channel, String orderNo, String customer, Instant placedAt, OrderStatus status,
                  String country, String province, String city, List<DraftLine> lines) {

    OrderDraft {
        lines = List.copyOf(lines);
    }

    /** The order as stored: amounts summed from the lines by kind, paid when it is past payment. */
    Order toOrder(long channelId, Long customerId, String currency, Map<String, Long> skuIds) {
        BigDecimal goods = BigDecimal.ZERO;
        BigDecimal shipping = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        List<OrderLine> orderLines = new ArrayList<>(lines.size());
        for (DraftLine l : lines) {
            switch (l.kind()) {
                case SALE -> goods = goods.add(l.amount());
                case SHIPPING -> shipping = shipping.add(l.amount());
                case DISCOUNT -> discount = discount.subtract(l.amount());
                default -> {
                    // fees, adjustments and samples count in the total only
                }
            }
            total = total.add(l.amount());
            orderLines.add(new OrderLine(0, l.lineNo(), skuIds.get(l.skuCode()), l.skuCode(), l.title(), l.kind(),
                    l.quantity(), new Money(l.unitPrice(), currency), new Money(l.amount(), currency), false, null));
        }
        Instant paidAt = status == OrderStatus.PENDING_PAYMENT ? null : placedAt;
        Address shipTo = new Address(null, null, country, province, city, null, null);
        return new Order(0, channelId, orderNo, customerId, status, false, placedAt, paidAt, null,
                new Money(goods, currency), new Money(shipping, currency), new Money(discount, currency),
                new Money(total, currency), null, shipTo, null, null, 0, orderLines);
    }

    /** "IMPORTED:536365": how import jobs name an order. */
    String key() {
        return channel + ":" + orderNo;
    }
}

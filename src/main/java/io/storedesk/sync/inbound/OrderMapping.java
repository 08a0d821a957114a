package io.storedesk.sync.inbound;

import io.storedesk.orders.Address;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.OrderStatus;
import io.storedesk.sync.Channel;
import io.storedesk.sync.remote.RemoteAddress;
import io.storedesk.sync.remote.RemoteOrder;
import io.storedesk.sync.remote.RemoteOrderLine;
import io.storedesk.sync.remote.RemoteOrderStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a channel's order into ours as the order import would store it: a SALE line per channel line (amount =
 * quantity × unit price), then one shipping line, one discount line (line discounts + order discount, negative)
 * and, where the channel's total differs from what those add up to (taxes added on top), one adjustment line, so
 * the lines always add up to what the buyer pays. An order it cannot store is refused with the reason.
 */
final class OrderMapping {

    static final String SHIPPING_CODE = "POSTAGE";
    static final String DISCOUNT_CODE = "COUPON";
    static final String ADJUSTMENT_CODE = "ADJUSTMENT";
    /** sku_code of a channel line that names no SKU (a custom item). */
    static final String CUSTOM_CODE = "CUSTOM";
    private static final int CODE_MAX = 64;
    private static final int TITLE_MAX = 200;

    private OrderMapping() {
    }

    /** Our status for the channel's; empty for UNKNOWN (the stored status stands). */
    static Optional<OrderStatus> status(RemoteOrderStatus remote) {
        if (remote == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (remote) {
            case PENDING_PAYMENT -> OrderStatus.PENDING_PAYMENT;
            case PAID -> OrderStatus.PAID;
            case PARTLY_SHIPPED, SHIPPED -> OrderStatus.SHIPPED;
            case DELIVERED -> OrderStatus.DELIVERED;
            case CANCELLED, REFUNDED -> OrderStatus.CANCELLED;
            case UNKNOWN -> null;
        });
    }

    static String label(RemoteOrder o) {
        String id = o.externalId() == null ? "" : o.externalId();
        return o.orderNo() == null || o.orderNo().isBlank() || o.orderNo().equals(id) ? id : o.orderNo() + " (" + id + ")";
    }

    /** The order in our terms, or empty when it was refused (the reason is in the tally). */
    static Optional<InboundOrder> map(RemoteOrder o, Channel channel, PageTally tally) {
        String label = label(o);
        if (o.externalId() == null || o.externalId().isBlank() || o.externalId().length() > CODE_MAX) {
            tally.refuse("sync.inbound.order.badId", label);
            return Optional.empty();
        }
        if (o.placedAt() == null) {
            tally.refuse("sync.inbound.order.noPlacedAt", label);
            return Optional.empty();
        }
        BigDecimal shipping = orZero(o.shipping());
        BigDecimal orderDiscount = orZero(o.discount());
        if (shipping.signum() < 0 || orderDiscount.signum() < 0) {
            tally.refuse("sync.inbound.order.negativeAmount", label, (shipping.signum() < 0 ? shipping : orderDiscount)
                    .toPlainString());
            return Optional.empty();
        }
        List<InboundLine> lines = new ArrayList<>(o.lines().size() + 3);
        BigDecimal goods = BigDecimal.ZERO;
        BigDecimal lineDiscounts = BigDecimal.ZERO;
        int position = 0;
        for (RemoteOrderLine l : o.lines()) {
            position++;
            String code = l.sku() == null || l.sku().isBlank() ? CUSTOM_CODE : l.sku().strip();
            if (l.quantity() < 0) {
                tally.refuse("sync.inbound.order.negativeQuantity", label, position, code, l.quantity());
                return Optional.empty();
            }
            if (l.unitPrice() == null || l.unitPrice().signum() < 0 || (l.discount() != null && l.discount().signum() < 0)) {
                tally.refuse("sync.inbound.order.negativePrice", label, position, code,
                        l.unitPrice() == null ? "" : l.unitPrice().toPlainString());
                return Optional.empty();
            }
            if (code.length() > CODE_MAX) {
                tally.refuse("sync.inbound.order.codeTooLong", label, position, CODE_MAX);
                return Optional.empty();
            }
            if (l.quantity() == 0) {
                continue; // removed from the order on the channel (an order edit keeps the line at zero)
            }
            BigDecimal amount = l.unitPrice().multiply(BigDecimal.valueOf(l.quantity()));
            goods = goods.add(amount);
            lineDiscounts = lineDiscounts.add(orZero(l.discount()));
            lines.add(new InboundLine(lines.size() + 1, code, l.externalId(), cut(l.title(), TITLE_MAX), LineKind.SALE,
                    l.quantity(), l.unitPrice(), amount));
        }
        // Shopify's total_discounts and WooCommerce's discount_total already include what the lines were given,
        // so the order's discount is the larger of the two, never their sum (older answers carry only one).
        BigDecimal discount = orderDiscount.max(lineDiscounts);
        if (shipping.signum() > 0) {
            lines.add(new InboundLine(lines.size() + 1, SHIPPING_CODE, null, null, LineKind.SHIPPING, 1, shipping,
                    shipping));
        }
        if (discount.signum() > 0) {
            lines.add(new InboundLine(lines.size() + 1, DISCOUNT_CODE, null, null, LineKind.DISCOUNT, 1,
                    discount.negate(), discount.negate()));
        }
        BigDecimal sum = goods.add(shipping).subtract(discount);
        BigDecimal total = o.total() == null ? sum : o.total();
        if (total.compareTo(sum) != 0) {
            BigDecimal difference = total.subtract(sum);
            lines.add(new InboundLine(lines.size() + 1, ADJUSTMENT_CODE, null, null, LineKind.ADJUSTMENT, 1, difference,
                    difference));
        }
        String currency = o.currency() == null || o.currency().isBlank() ? channel.currency() : o.currency().strip();
        OrderStatus status = status(o.status()).orElse(null);
        return Optional.of(new InboundOrder(o.externalId().strip(), label, status, o.status(), o.placedAt(),
                o.paidAt(), o.updatedAt(), currency, goods, shipping, discount, total, cut(o.buyerNote(), 500),
                address(o.shipTo()), o.customer(), lines));
    }

    private static Address address(RemoteAddress a) {
        if (a == null) {
            return new Address(null, null, null, null, null, null, null);
        }
        return new Address(cut(a.name(), 100), cut(a.phone(), 32), cut(a.country(), 64),
                cut(MainlandProvinces.normalise(a.country(), a.province()), 32), cut(a.city(), 32),
                cut(a.district(), 32), cut(a.line(), 300));
    }

    static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}

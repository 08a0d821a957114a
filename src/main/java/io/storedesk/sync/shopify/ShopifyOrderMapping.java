package io.storedesk.sync.shopify;

import static io.storedesk.sync.shopify.ShopifyJson.id;
import static io.storedesk.sync.shopify.ShopifyJson.instant;

import io.storedesk.sync.remote.RemoteAddress;
import io.storedesk.sync.remote.RemoteCustomer;
import io.storedesk.sync.remote.RemoteOrder;
import io.storedesk.sync.remote.RemoteOrderLine;
import io.storedesk.sync.remote.RemoteOrderStatus;
import io.storedesk.sync.remote.RemoteRefund;
import io.storedesk.sync.remote.RemoteRefundLine;
import io.storedesk.sync.shopify.ShopifyDtos.Address;
import io.storedesk.sync.shopify.ShopifyDtos.Customer;
import io.storedesk.sync.shopify.ShopifyDtos.LineItem;
import io.storedesk.sync.shopify.ShopifyDtos.Order;
import io.storedesk.sync.shopify.ShopifyDtos.Refund;
import io.storedesk.sync.shopify.ShopifyDtos.RefundLineItem;
import io.storedesk.sync.shopify.ShopifyDtos.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Shopify orders and their refunds in our words. */
final class ShopifyOrderMapping {

    private static final Set<String> PAID = Set.of("paid", "partially_paid", "partially_refunded");
    private static final Set<String> AWAITING_PAYMENT = Set.of("pending", "authorized");
    /** Fulfilment words that say nothing has left yet ("restocked" is a legacy word for the same). */
    private static final Set<String> NOT_SHIPPED = Set.of("unfulfilled", "restocked");
    private static final Set<String> RESTOCKING = Set.of("return", "cancel", "legacy_restock");

    private ShopifyOrderMapping() {
    }

    static RemoteOrder order(Order o) {
        String id = id(o.id(), "an order");
        return new RemoteOrder(id, o.name(), status(o.financialStatus(), o.fulfillmentStatus(), o.cancelledAt()),
                channelStatus(o), instant(o.createdAt(), "order " + id), paidAt(o), instant(o.updatedAt(), "order " + id),
                o.currency(), shipping(o), amount(o.totalDiscounts()), amount(o.totalPrice()), o.note(), customer(o),
                address(o.shippingAddress()), lines(o));
    }

    /**
     * Cancelled wins, then a full refund, then how far shipping got, then payment. A word this table does not
     * know is UNKNOWN (the raw words stay in channelStatus), never a guess.
     */
    static RemoteOrderStatus status(String financial, String fulfillment, String cancelledAt) {
        if (cancelledAt != null && !cancelledAt.isBlank()) {
            return RemoteOrderStatus.CANCELLED;
        }
        if ("refunded".equals(financial)) {
            return RemoteOrderStatus.REFUNDED;
        }
        if ("fulfilled".equals(fulfillment)) {
            return RemoteOrderStatus.SHIPPED;
        }
        if ("partial".equals(fulfillment)) {
            return RemoteOrderStatus.PARTLY_SHIPPED;
        }
        if (fulfillment != null && !NOT_SHIPPED.contains(fulfillment)) {
            return RemoteOrderStatus.UNKNOWN;
        }
        if (PAID.contains(financial)) {
            return RemoteOrderStatus.PAID;
        }
        if (AWAITING_PAYMENT.contains(financial)) {
            return RemoteOrderStatus.PENDING_PAYMENT;
        }
        if ("voided".equals(financial)) {
            return RemoteOrderStatus.CANCELLED;
        }
        return RemoteOrderStatus.UNKNOWN;
    }

    /** Every refund on the orders of a page (Shopify lists an order's refunds inside the order). */
    static List<RemoteRefund> refunds(Order o) {
        if (o.refunds() == null) {
            return List.of();
        }
        String orderId = id(o.id(), "an order");
        List<RemoteRefund> refunds = new ArrayList<>();
        for (Refund r : o.refunds()) {
            refunds.add(refund(r, orderId, o.currency()));
        }
        return refunds;
    }

    static RemoteRefund refund(Refund r, String orderId, String orderCurrency) {
        String id = id(r.id(), "a refund of order " + orderId);
        List<RemoteRefundLine> lines = r.refundLineItems() == null ? List.of()
                : r.refundLineItems().stream().map(ShopifyOrderMapping::refundLine).toList();
        List<Transaction> paidBack = r.transactions() == null ? List.of() : r.transactions().stream()
                .filter(t -> "refund".equals(t.kind()) && (t.status() == null || "success".equals(t.status())))
                .toList();
        BigDecimal amount = paidBack.isEmpty()
                ? lines.stream().map(RemoteRefundLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                : paidBack.stream().map(t -> amount(t.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        String currency = paidBack.stream().map(Transaction::currency).filter(Objects::nonNull).findFirst()
                .orElse(orderCurrency);
        boolean restock = Boolean.TRUE.equals(r.restock()) || (r.refundLineItems() != null
                && r.refundLineItems().stream().anyMatch(l -> RESTOCKING.contains(l.restockType())));
        return new RemoteRefund(id, r.orderId() == null ? orderId : r.orderId().toString(),
                instant(r.createdAt(), "refund " + id), amount, currency, r.note(), restock, lines);
    }

    private static RemoteRefundLine refundLine(RefundLineItem l) {
        LineItem item = l.lineItem();
        Long lineId = l.lineItemId() != null ? l.lineItemId() : item == null ? null : item.id();
        int quantity = l.quantity() == null ? 0 : l.quantity();
        // subtotal is what Shopify gives back for the line; older answers only carry the line's price.
        BigDecimal amount = l.subtotal() != null ? l.subtotal()
                : item == null ? BigDecimal.ZERO : amount(item.price()).multiply(BigDecimal.valueOf(quantity));
        return new RemoteRefundLine(lineId == null ? null : lineId.toString(), item == null ? null : sku(item.sku()),
                quantity, amount);
    }

    private static String channelStatus(Order o) {
        return Stream.of(o.financialStatus(), o.fulfillmentStatus(), o.cancelledAt() == null ? null : "cancelled")
                .filter(Objects::nonNull).collect(Collectors.joining("/"));
    }

    /** REST has no paid-at; processed_at is when the payment was taken for an order that is paid. */
    private static Instant paidAt(Order o) {
        boolean paid = PAID.contains(o.financialStatus()) || "refunded".equals(o.financialStatus());
        return paid ? instant(o.processedAt(), "order " + o.id()) : null;
    }

    private static BigDecimal shipping(Order o) {
        if (o.shippingLines() != null && !o.shippingLines().isEmpty()) {
            return o.shippingLines().stream().map(s -> amount(s.price())).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        if (o.totalShippingPriceSet() != null && o.totalShippingPriceSet().shopMoney() != null) {
            return amount(o.totalShippingPriceSet().shopMoney().amount());
        }
        return BigDecimal.ZERO;
    }

    private static List<RemoteOrderLine> lines(Order o) {
        if (o.lineItems() == null) {
            return List.of();
        }
        return o.lineItems().stream().map(l -> new RemoteOrderLine(id(l.id(), "a line of order " + o.id()),
                sku(l.sku()), l.name() != null ? l.name() : l.title(), l.quantity() == null ? 0 : l.quantity(),
                amount(l.price()), lineDiscount(l))).toList();
    }

    /** discount_allocations replaced total_discount; older answers carry only the latter. */
    private static BigDecimal lineDiscount(LineItem l) {
        if (l.discountAllocations() != null && !l.discountAllocations().isEmpty()) {
            return l.discountAllocations().stream().map(d -> amount(d.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return amount(l.totalDiscount());
    }

    private static RemoteCustomer customer(Order o) {
        Customer c = o.customer();
        if (c == null || c.id() == null) {
            Address a = o.shippingAddress() != null ? o.shippingAddress() : o.billingAddress();
            return new RemoteCustomer(null, a == null ? null : name(a.name(), a.firstName(), a.lastName()),
                    o.phone(), o.email());
        }
        return new RemoteCustomer(c.id().toString(), name(null, c.firstName(), c.lastName()),
                c.phone() != null ? c.phone() : o.phone(), c.email() != null ? c.email() : o.email());
    }

    private static RemoteAddress address(Address a) {
        if (a == null) {
            return null;
        }
        String line = Stream.of(a.address1(), a.address2()).filter(s -> s != null && !s.isBlank())
                .map(String::strip).collect(Collectors.joining(" "));
        return new RemoteAddress(name(a.name(), a.firstName(), a.lastName()), a.phone(),
                a.countryCode() != null ? a.countryCode() : a.country(), a.province(), a.city(), null, line);
    }

    private static String name(String full, String first, String last) {
        if (full != null && !full.isBlank()) {
            return full.strip();
        }
        String joined = Stream.of(first, last).filter(s -> s != null && !s.isBlank()).map(String::strip)
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    static String sku(String sku) {
        return sku == null || sku.isBlank() ? null : sku.strip();
    }

    static BigDecimal amount(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}

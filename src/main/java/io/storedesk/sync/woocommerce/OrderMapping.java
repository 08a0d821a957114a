package io.storedesk.sync.woocommerce;

import static io.storedesk.sync.woocommerce.WooValues.amount;
import static io.storedesk.sync.woocommerce.WooValues.blankToNull;
import static io.storedesk.sync.woocommerce.WooValues.gmt;
import static io.storedesk.sync.woocommerce.WooValues.join;

import io.storedesk.sync.remote.RemoteAddress;
import io.storedesk.sync.remote.RemoteCustomer;
import io.storedesk.sync.remote.RemoteOrder;
import io.storedesk.sync.remote.RemoteOrderLine;
import io.storedesk.sync.remote.RemoteOrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** A WooCommerce order in our words. */
final class OrderMapping {

    private OrderMapping() {
    }

    static RemoteOrder order(OrderJson o) {
        String what = "order " + o.id();
        return new RemoteOrder(String.valueOf(o.id()), o.number() == null ? String.valueOf(o.id()) : o.number(),
                status(o.status()), o.status(), gmt(o.dateCreatedGmt()), gmt(o.datePaidGmt()),
                gmt(o.dateModifiedGmt()), o.currency(), amount(o.shippingTotal(), what + " shipping_total"),
                amount(o.discountTotal(), what + " discount_total"), amount(o.total(), what + " total"),
                blankToNull(o.customerNote()), customer(o), shipTo(o.shipping(), o.billing()),
                o.lineItems().stream().map(l -> line(l, what)).toList());
    }

    /**
     * WooCommerce's order statuses. "completed" means the merchant marked the order done (shipped, or handed over
     * for digital goods); WooCommerce core never learns of delivery, so it is SHIPPED: DELIVERED would claim
     * what nobody saw. Plugins add their own statuses (e.g. "shipped", "partial-shipped", "ready-pickup"): they
     * are UNKNOWN, and the raw word is kept on the order.
     */
    static RemoteOrderStatus status(String status) {
        if (status == null) {
            return RemoteOrderStatus.UNKNOWN;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "pending", "on-hold", "checkout-draft" -> RemoteOrderStatus.PENDING_PAYMENT;
            case "processing" -> RemoteOrderStatus.PAID;
            case "completed" -> RemoteOrderStatus.SHIPPED;
            case "cancelled", "failed", "trash" -> RemoteOrderStatus.CANCELLED;
            case "refunded" -> RemoteOrderStatus.REFUNDED;
            default -> RemoteOrderStatus.UNKNOWN;
        };
    }

    /** customer_id 0 = a guest checkout; the name, phone and e-mail are the billing contact's. */
    static RemoteCustomer customer(OrderJson o) {
        OrderJson.Address billing = o.billing();
        String name = billing == null ? null : join(" ", billing.firstName(), billing.lastName());
        return new RemoteCustomer(o.customerId() == 0 ? null : String.valueOf(o.customerId()), name,
                billing == null ? null : blankToNull(billing.phone()), billing == null ? null : blankToNull(billing.email()));
    }

    /**
     * The shipping address; null when it is blank (virtual or downloadable goods). shipping.phone exists only
     * since WooCommerce 5.6: older shops (and buyers who leave it empty) give the billing phone to the courier.
     * RemoteAddress has no postcode field yet, so the postcode ends the street line rather than being lost.
     */
    static RemoteAddress shipTo(OrderJson.Address shipping, OrderJson.Address billing) {
        if (shipping == null || join("", shipping.address1(), shipping.city(), shipping.country()) == null) {
            return null;
        }
        String phone = blankToNull(shipping.phone());
        if (phone == null && billing != null) {
            phone = blankToNull(billing.phone());
        }
        return new RemoteAddress(join(" ", shipping.firstName(), shipping.lastName()), phone,
                blankToNull(shipping.country()), blankToNull(shipping.state()), blankToNull(shipping.city()), null,
                join(", ", shipping.address1(), shipping.address2(), shipping.postcode()));
    }

    /** unitPrice = subtotal / quantity (before coupons); discount = subtotal - total (what coupons took off). */
    static RemoteOrderLine line(OrderJson.LineItem l, String what) {
        BigDecimal subtotal = amount(l.subtotal(), what + " line " + l.id() + " subtotal");
        BigDecimal total = amount(l.total(), what + " line " + l.id() + " total");
        return new RemoteOrderLine(String.valueOf(l.id()), blankToNull(l.sku()), WooValues.unescapeHtml(l.name()),
                l.quantity(), perUnit(subtotal, l.quantity()), subtotal.subtract(total));
    }

    static BigDecimal perUnit(BigDecimal amount, int quantity) {
        if (quantity == 0) {
            return amount;
        }
        BigDecimal count = BigDecimal.valueOf(quantity);
        try {
            return amount.divide(count);
        } catch (ArithmeticException endless) {
            return amount.divide(count, Math.max(4, amount.scale()), RoundingMode.HALF_UP);
        }
    }
}

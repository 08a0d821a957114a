package io.storedesk.orders.review;

import io.storedesk.common.Money;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Order review (审单): which holds an order needs before a warehouse may pick it. Rules run in a fixed order: those
 * a person must resolve first (address, risk phone, amount, buyer note), then those that clear by themselves
 * (payment arriving, presale release), so the first hold is the one to act on.
 */
public final class OrderReviewer {

    private static final Set<OrderStatus> REVIEWED = EnumSet.of(OrderStatus.PAID, OrderStatus.ON_HOLD,
            OrderStatus.PENDING_PAYMENT);

    private final AddressNormaliser normaliser;

    public OrderReviewer() {
        this(new AddressNormaliser());
    }

    public OrderReviewer(AddressNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** The holds in rule order; none for an order that no longer awaits routing (routed, shipped, merged, …). */
    public List<ReviewHold> review(Order order, ReviewPolicy policy, PhoneActivity activity) {
        if (!REVIEWED.contains(order.status())) {
            return List.of();
        }
        List<ReviewHold> holds = new ArrayList<>();
        if (policy.addressCheck()) {
            address(order, holds);
        }
        String phone = order.shipTo() == null ? "" : Text.fold(order.shipTo().phone());
        if (policy.riskPhoneOn() && !phone.isEmpty()) {
            int others = activity.otherOrdersWithin(order, policy.riskPhoneWindow());
            if (others >= policy.riskPhoneOrders()) {
                holds.add(ReviewHold.of(ReviewHold.RISK_PHONE, phone, others + 1, hours(policy.riskPhoneWindow())));
            }
        }
        Money threshold = policy.highAmount();
        Money total = order.totalAmount();
        // A threshold in yuan says nothing about a Shopify order in dollars: no conversion is guessed.
        if (threshold != null && total != null && total.currency().equals(threshold.currency())
                && total.amount().compareTo(threshold.amount()) > 0) {
            holds.add(ReviewHold.of(ReviewHold.HIGH_AMOUNT, total.amount(), threshold.amount(), total.currency()));
        }
        if (policy.holdBuyerNote() && BuyerNotes.needsReading(order.buyerNote())) {
            holds.add(ReviewHold.of(ReviewHold.BUYER_NOTE, order.buyerNote().strip()));
        }
        if (policy.holdUnpaid() && (order.status() == OrderStatus.PENDING_PAYMENT || !order.isPaid())) {
            holds.add(ReviewHold.of(ReviewHold.UNPAID));
        }
        if (policy.holdPresale() && order.presale()) {
            holds.add(ReviewHold.of(ReviewHold.PRESALE));
        }
        return List.copyOf(holds);
    }

    private void address(Order order, List<ReviewHold> holds) {
        NormalisedAddress address = normaliser.normalise(order.shipTo());
        List<AddressProblem> missing = address.problems().stream()
                .filter(p -> p != AddressProblem.UNRECOGNISED_PROVINCE).toList();
        if (!missing.isEmpty()) {
            holds.add(ReviewHold.of(ReviewHold.ADDRESS_INCOMPLETE, missing));
        }
        if (address.problems().contains(AddressProblem.UNRECOGNISED_PROVINCE)) {
            holds.add(ReviewHold.of(ReviewHold.ADDRESS_UNRECOGNISED, Text.fold(order.shipTo().province())));
        }
    }

    private static BigDecimal hours(Duration window) {
        BigDecimal hours = BigDecimal.valueOf(window.toMinutes()).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_UP).stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0) : hours;
    }
}

package io.storedesk.aftersales.returns;

import io.storedesk.common.Money;
import io.storedesk.common.RefusedInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How much goes back to a buyer: what the returned units were paid (their line's amount less its share of the
 * order's discount, pro rata by units), plus shipping when the whole order comes back or the seller was at fault,
 * less the restocking fee on change-of-mind returns. Never negative, never more on a line than it was paid less
 * what went back on it before. Amounts are rounded half up to the cent at each step, so the tables in the test
 * can be worked out by hand.
 */
public final class RefundCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReturnPolicy policy;

    public RefundCalculator(ReturnPolicy policy) {
        this.policy = policy;
    }

    /** Refused (aftersales.refund.windowClosed, .moreThanOrdered) when the rules do not allow the refund. */
    public RefundQuote quote(RefundCase c) {
        boolean sellerFault = ReturnPolicy.sellerFault(c.reasonCode());
        if (!sellerFault && c.boughtOn() != null && c.askedOn() != null
                && c.askedOn().isAfter(c.boughtOn().plusDays(policy.windowDays()))) {
            throw new RefusedInputException("aftersales.refund.windowClosed", policy.windowDays(),
                    c.boughtOn().plusDays(policy.windowDays()).toString(), c.askedOn().toString());
        }
        String currency = c.goodsAmount().currency();
        BigDecimal feePercent = sellerFault ? BigDecimal.ZERO : policy.restockingFeePercent();
        List<RefundQuote.LineRefund> lines = new ArrayList<>();
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (RefundItem item : c.items()) {
            if (item.quantity() > item.orderedQuantity()) {
                throw new RefusedInputException("aftersales.refund.moreThanOrdered", item.skuCode(), item.quantity(),
                        item.orderedQuantity());
            }
            BigDecimal paid = linePaid(item.lineAmount().amount(), c.orderDiscount().amount(),
                    c.goodsAmount().amount());
            BigDecimal units = cents(paid.multiply(BigDecimal.valueOf(item.quantity()))
                    .divide(BigDecimal.valueOf(item.orderedQuantity()), 8, RoundingMode.HALF_UP));
            BigDecimal fee = cents(units.multiply(feePercent).divide(HUNDRED, 8, RoundingMode.HALF_UP));
            BigDecimal left = paid.subtract(item.refundedBefore().amount());
            BigDecimal amount = nonNegative(units.subtract(fee).min(left));
            lines.add(new RefundQuote.LineRefund(item.orderLineId(), item.quantity(), new Money(amount, currency)));
            fees = fees.add(fee);
            total = total.add(amount);
        }
        BigDecimal shipping = sellerFault || c.wholeOrder()
                ? nonNegative(c.shippingFee().amount().subtract(c.shippingRefundedBefore().amount()))
                : BigDecimal.ZERO;
        return new RefundQuote(lines, new Money(shipping, currency), new Money(fees, currency),
                new Money(total.add(shipping), currency));
    }

    /** A line's amount less its share of the order-wide discount (in proportion to what the lines sold for). */
    static BigDecimal linePaid(BigDecimal lineAmount, BigDecimal orderDiscount, BigDecimal goodsAmount) {
        if (goodsAmount.signum() <= 0 || orderDiscount.signum() == 0) {
            return lineAmount;
        }
        BigDecimal share = cents(orderDiscount.multiply(lineAmount).divide(goodsAmount, 8, RoundingMode.HALF_UP));
        return nonNegative(lineAmount.subtract(share));
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal nonNegative(BigDecimal value) {
        return value.signum() < 0 ? BigDecimal.ZERO : value;
    }
}

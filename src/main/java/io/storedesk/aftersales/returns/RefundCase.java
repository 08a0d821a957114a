package io.storedesk.aftersales.returns;

import io.storedesk.common.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a refund is worked out from. orderDiscount is the order-wide discount (coupons: a positive amount),
 * shared over the lines in proportion to what they sold for. boughtOn is the delivery day, else the payment day
 * (null = neither, no window applies); askedOn the day the buyer opened the ticket. wholeOrder = with this refund
 * every unit sold on the order has come back.
 */
public record RefundCase(String reasonCode, LocalDate boughtOn, LocalDate askedOn, Money goodsAmount,
                         Money orderDiscount, Money shippingFee, Money shippingRefundedBefore, boolean wholeOrder,
                         List<RefundItem> items) {

    public RefundCase {
        items = List.copyOf(items);
    }
}

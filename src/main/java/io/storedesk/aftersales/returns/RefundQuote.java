package io.storedesk.aftersales.returns;

import io.storedesk.common.Money;
import java.util.List;

/** A worked-out refund: per line, the shipping given back, the restocking fee kept, and the total. */
public record RefundQuote(List<LineRefund> lines, Money shipping, Money restockingFee, Money total) {

    public RefundQuote {
        lines = List.copyOf(lines);
    }

    /** The money going back on one order line for some of its units. */
    public record LineRefund(long orderLineId, int quantity, Money amount) {
    }
}

package io.storedesk.sync.inbound;

import io.storedesk.orders.LineKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One order line as the channel has it, in our terms (amount signed: discounts negative). externalLineId = the
 * channel's line id (null for the lines we add: shipping, discount, adjustment).
 */
record InboundLine(int lineNo, String skuCode, String externalLineId, String title, LineKind kind, int quantity,
                   BigDecimal unitPrice, BigDecimal amount) {

    /** Same line, whatever scale the store gave the amounts back in. */
    boolean sameAs(InboundLine o) {
        return lineNo == o.lineNo && skuCode.equals(o.skuCode) && Objects.equals(externalLineId, o.externalLineId)
                && Objects.equals(title, o.title) && kind == o.kind && quantity == o.quantity
                && unitPrice.compareTo(o.unitPrice) == 0 && amount.compareTo(o.amount) == 0;
    }

    /** "SKU-1 ×2 @ 19.90" as the conflict log shows a line. */
    String summary() {
        return skuCode + " ×" + quantity + " @ " + unitPrice.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}

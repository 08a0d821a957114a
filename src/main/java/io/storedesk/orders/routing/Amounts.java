package io.storedesk.orders.routing;

import io.storedesk.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as a long count of ten-thousandths (the precision the store keeps), so the router compares and adds
 * prices without BigDecimal in its inner loops; Money again only for the output.
 */
final class Amounts {

    private static final int SCALE = 4;

    private Amounts() {
    }

    static long units(Money money) {
        return money.amount().setScale(SCALE, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    static Money money(long units, String currency) {
        return new Money(BigDecimal.valueOf(units, SCALE), currency);
    }

    /** "18.00", "18.5", as Money prints its amount: a plain decimal any UI can show. */
    static String plain(long units) {
        return money(units, Money.CNY).amount().toPlainString();
    }
}

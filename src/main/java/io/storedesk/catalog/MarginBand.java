package io.storedesk.catalog;

import io.storedesk.common.Money;
import java.math.BigDecimal;

/**
 * The margin bands the catalog filters by: selling below cost, thin (under 20 %), fair (20–40 %), healthy
 * (40 % and above), and SKUs whose cost nobody has entered.
 */
public enum MarginBand {
    NEGATIVE, LOW, MEDIUM, HIGH, NO_COST;

    /** Where the bands meet, as shares of the price. */
    public static final BigDecimal MEDIUM_FROM = new BigDecimal("0.20");
    public static final BigDecimal HIGH_FROM = new BigDecimal("0.40");

    /**
     * The band of a SKU: compared exactly (cost against 80 % and 60 % of the price), as the store's filter
     * compares, so a SKU shows in the band it is filtered by. No cost or no price: {@link #NO_COST}.
     */
    public static MarginBand of(Money price, Money cost) {
        if (cost == null || price == null || price.amount().signum() == 0
                || !price.currency().equals(cost.currency())) {
            return NO_COST;
        }
        BigDecimal p = price.amount();
        BigDecimal c = cost.amount();
        if (c.compareTo(p) > 0) {
            return NEGATIVE;
        }
        if (c.compareTo(p.multiply(BigDecimal.ONE.subtract(MEDIUM_FROM))) > 0) {
            return LOW;
        }
        return c.compareTo(p.multiply(BigDecimal.ONE.subtract(HIGH_FROM))) > 0 ? MEDIUM : HIGH;
    }
}

package io.storedesk.catalog;

import io.storedesk.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Gross margin as a share of the price: (price - cost) / price. */
public final class Margins {

    private Margins() {
    }

    /** Empty when cost is unknown, the currencies differ, or the price is zero. */
    public static Optional<BigDecimal> margin(Money price, Money cost) {
        if (price == null || cost == null || price.amount().signum() == 0
                || !price.currency().equals(cost.currency())) {
            return Optional.empty();
        }
        return Optional.of(price.amount().subtract(cost.amount()).divide(price.amount(), 4, RoundingMode.HALF_UP));
    }
}

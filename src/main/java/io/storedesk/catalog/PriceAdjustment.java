package io.storedesk.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Raising or lowering a price by an amount or a percentage; results are rounded to cents, half up. */
public final class PriceAdjustment {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PriceAdjustment() {
    }

    /** by is signed (negative lowers); percent: by is a percentage of the price (10 = 10 %). */
    public static BigDecimal adjust(BigDecimal price, BigDecimal by, boolean percent) {
        BigDecimal result = percent ? price.add(price.multiply(by).divide(HUNDRED)) : price.add(by);
        return result.setScale(2, RoundingMode.HALF_UP);
    }
}

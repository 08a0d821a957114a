package io.storedesk.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Headline figures for a period. gmv: Σ quantity × unit price over sold lines (quantity > 0 and
 * price > 0) of orders placed in the period; orders: orders placed with at least one sold line;
 * units: Σ quantity over sold lines; refunds: Σ refunded amounts dated in the period.
 */
public record KpiSummary(BigDecimal gmv, long orders, long units, BigDecimal refunds) {

    public static final KpiSummary ZERO = new KpiSummary(BigDecimal.ZERO, 0, 0, BigDecimal.ZERO);

    /** Average order value = gmv / orders; empty without orders. */
    public Optional<BigDecimal> aov() {
        return orders == 0 ? Optional.empty()
                : Optional.of(gmv.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP));
    }

    /** Refund rate = refunds / gmv; empty without sales. */
    public Optional<BigDecimal> refundRate() {
        return gmv.signum() == 0 ? Optional.empty() : Optional.of(refunds.divide(gmv, 4, RoundingMode.HALF_UP));
    }

    public KpiSummary plus(KpiSummary other) {
        return new KpiSummary(gmv.add(other.gmv), orders + other.orders, units + other.units,
                refunds.add(other.refunds));
    }
}

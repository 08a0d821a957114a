package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The KPIs of a period (or a day), as issue 7 defines them. Money is exact (scale 4 as stored); ratios have
 * scale 4 (0.1234 = 12.34 %), aov scale 2, all rounded half up. A KPI without a defined value is null, never
 * 0: aov without orders, refund rate without gmv, repurchase rate without customers, gross margin without
 * sold lines of known cost, conversion without known traffic.
 *
 * <ul>
 * <li>gmv: Σ quantity × unit price over sold lines (kind SALE, quantity &gt; 0, unit price &gt; 0) of orders
 * placed in the period, before refunds.</li>
 * <li>refunds: Σ refunded amounts dated in the period (cancellations, returns, refund-only).</li>
 * <li>netRevenue: Σ signed line amounts of orders placed in the period (sales, postage and fees positive,
 * discounts and adjustments negative) − refunds.</li>
 * <li>orders: orders placed in the period with at least one sold line; units: Σ quantity over sold lines.</li>
 * <li>customers: distinct identified buyers with such an order (guests not counted); newCustomers: those whose
 * first such order ever lies in the period; repurchasers: those with ≥ 2 such orders in the period.</li>
 * <li>costedGmv and cost: gmv and Σ quantity × SKU cost over the sold lines whose SKU has a cost.</li>
 * <li>visitors and trafficOrders: visitors on the channel-days with known traffic and the orders placed on
 * those channel-days; visitors is null when no traffic is known.</li>
 * </ul>
 */
public record KpiFigures(BigDecimal gmv, BigDecimal refunds, BigDecimal netRevenue, long orders, long units,
                         long customers, long newCustomers, long repurchasers, BigDecimal costedGmv,
                         BigDecimal cost, Long visitors, long trafficOrders) {

    public static final int RATIO_SCALE = 4;
    public static final int AOV_SCALE = 2;

    /** gmv / orders. */
    public BigDecimal aov() {
        return orders == 0 ? null : gmv.divide(BigDecimal.valueOf(orders), AOV_SCALE, RoundingMode.HALF_UP);
    }

    /** customers with ≥ 2 orders in the period / customers. */
    public BigDecimal repurchaseRate() {
        return ratio(BigDecimal.valueOf(repurchasers), BigDecimal.valueOf(customers));
    }

    /** refunds / gmv. */
    public BigDecimal refundRate() {
        return ratio(refunds, gmv);
    }

    /** (gmv − cost) / gmv over the sold lines whose cost is known. */
    public BigDecimal grossMargin() {
        return ratio(costedGmv.subtract(cost), costedGmv);
    }

    /** orders / visitors over the channel-days whose traffic is known. */
    public BigDecimal conversion() {
        return visitors == null ? null : ratio(BigDecimal.valueOf(trafficOrders), BigDecimal.valueOf(visitors));
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, RATIO_SCALE, RoundingMode.HALF_UP);
    }
}

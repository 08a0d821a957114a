package io.storedesk.dashboard.kpi;

import java.util.List;

/** What a tile is made of: the orders, refunds or SKUs behind it, with the tile's period and filter. */
public final class KpiDrill {

    /** Rows shown at most; the tile's figure covers them all, the list the biggest. */
    public static final int LIMIT = 500;

    private static final int STOCK_OUT_SALES_DAYS = 90;

    private final KpiDrillRepository repository;

    public KpiDrill(KpiDrillRepository repository) {
        this.repository = repository;
    }

    /** Behind gmv, net revenue, orders, units, aov, customers and the ratios built on them. */
    public List<OrderBehind> orders(KpiQuery query) {
        return repository.orders(query.filter(), query.period().first(), query.period().last(), LIMIT);
    }

    /** Behind refunds and the refund rate. */
    public List<RefundBehind> refunds(KpiQuery query) {
        return repository.refunds(query.filter(), query.period().first(), query.period().last(), LIMIT);
    }

    public List<SkuBehind> stockOuts(KpiQuery query) {
        return repository.stockOuts(query.period().last().minusDays(STOCK_OUT_SALES_DAYS - 1), query.period().last(),
                query.filter().warehouseId(), LIMIT);
    }

    public List<SkuBehind> belowSafety(KpiQuery query) {
        return repository.belowSafety(query.filter().warehouseId(), LIMIT);
    }
}

package io.storedesk.stock;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The warnings of one position. At most one of the three availability warnings, the worst that applies:
 * NEGATIVE_AVAILABLE (available below 0; figure = available), OUT_OF_STOCK (available 0 on a position that
 * matters: it has demand, a reorder point above 0, or a sale within slowMovingDays; figure = 0), BELOW_SAFETY
 * (available below safety stock; figure = units short). Independently of those:
 * <ul>
 * <li>OVERSTOCK when days of cover exceed overstockCoverDays on a position with demand and more is available
 * than the order-up-to level (a slow seller holding the two units its safety stock asks for is not
 * overstocked, however many days they last; figure = whole days of cover, rounded down), else when on hand
 * exceeds a maximum stock that is set (figure = units over it, overMaximum set); one warning even when both
 * hold;</li>
 * <li>SLOW_MOVING when something is on hand and nothing sold within slowMovingDays (figure = days since the
 * last sale, or historyDays when it never sold);</li>
 * <li>NEAR_EXPIRY per batch with stock that expires within nearExpiryDays, expired ones included (figure =
 * days to expiry: 0 = today, negative = expired).</li>
 * </ul>
 */
final class StockAlerts {

    /** Worst kind first, then by SKU and warehouse code; batches of one position first expiry first. */
    static final Comparator<StockWarning> ORDER = Comparator.comparing(StockWarning::kind)
            .thenComparing(StockWarning::skuCode)
            .thenComparing(StockWarning::warehouseCode)
            .thenComparingLong(w -> w.key().skuId())
            .thenComparingLong(w -> w.key().warehouseId())
            .thenComparing(StockWarning::batch, Comparator.nullsFirst(NearExpiryBatches.FIRST_EXPIRY_FIRST));

    private final PlanningPolicy policy;
    private final LocalDate today;

    StockAlerts(PlanningPolicy policy, LocalDate today) {
        this.policy = policy;
        this.today = today;
    }

    void warn(PlanningPosition p, Demand demand, ReorderLevels levels, double daysOfCover, List<StockWarning> out) {
        int available = p.available();
        boolean hasDemand = demand.dailyRate() > 0;
        long daysSinceSale = p.lastSale() == null ? Long.MAX_VALUE : today.toEpochDay() - p.lastSale().toEpochDay();
        boolean soldRecently = daysSinceSale <= policy.slowMovingDays();
        if (available < 0) {
            out.add(warning(WarningKind.NEGATIVE_AVAILABLE, p, available, null));
        } else if (available == 0 && (hasDemand || levels.reorderPoint() > 0 || soldRecently)) {
            out.add(warning(WarningKind.OUT_OF_STOCK, p, 0, null));
        } else if (available < levels.safetyStock()) {
            out.add(warning(WarningKind.BELOW_SAFETY, p, levels.safetyStock() - available, null));
        }
        Integer maxStock = p.setting() == null ? null : p.setting().maxStock();
        if (hasDemand && daysOfCover > policy.overstockCoverDays() && available > levels.orderUpTo()) {
            out.add(warning(WarningKind.OVERSTOCK, p, (int) Math.min(Math.floor(daysOfCover), Integer.MAX_VALUE),
                    null));
        } else if (maxStock != null && p.onHand() > maxStock) {
            out.add(new StockWarning(WarningKind.OVERSTOCK, p.key(), p.skuCode(), p.title(), p.warehouseCode(),
                    p.available(), p.onHand() - maxStock, true, null));
        }
        if (p.onHand() > 0 && !soldRecently) {
            int figure = p.lastSale() == null ? policy.historyDays() : (int) Math.min(daysSinceSale, Integer.MAX_VALUE);
            out.add(warning(WarningKind.SLOW_MOVING, p, figure, null));
        }
    }

    /** @param batches the position's near-expiry batches */
    void warnNearExpiry(PlanningPosition p, List<Batch> batches, List<StockWarning> out) {
        for (Batch batch : batches) {
            int daysLeft = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                    NearExpiryBatches.daysToExpiry(batch, today)));
            out.add(warning(WarningKind.NEAR_EXPIRY, p, daysLeft, batch));
        }
    }

    private static StockWarning warning(WarningKind kind, PlanningPosition p, int figure, Batch batch) {
        return new StockWarning(kind, p.key(), p.skuCode(), p.title(), p.warehouseCode(), p.available(), figure,
                false, batch);
    }
}

package io.storedesk.stock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Safety stock, reorder point and order-up-to level of a position, with L the lead time in days
 * ({@link LeadTime}) and z the safety factor of the service level ({@link ServiceLevel}; the setting's level,
 * else the policy's):
 * <ul>
 * <li>safety stock = ⌈z·σ·√L⌉, never below 0 (a service level under 50 % asks for none);</li>
 * <li>reorder point = ⌈D(L) + safety stock⌉;</li>
 * <li>order-up-to = ⌈D(L + target cover days) + safety stock⌉, and at least one unit above a reorder
 * point above 0, so that a position at or below a reorder point the merchant set by hand is always topped
 * up past it.</li>
 * </ul>
 * D(n) is the demand over the next n days from the planning day, each day at the rate times its weekday's
 * factor ({@link Demand#unitsOver}): with flat weekdays it is rate·n.
 * The setting's safetyStock and reorderPoint, when set, win over the computed ones; a reorder point
 * computed with a safety stock set by hand uses that safety stock. Rounding up forgives a rounding residue
 * of 1e-9, so that 2.0000000001 out of floating point is 2 units, not 3.
 */
final class ReorderRule {

    private static final double ROUNDING_RESIDUE = 1e-9;

    private final PlanningPolicy policy;
    private final LocalDate today;
    private final Map<BigDecimal, Double> zByServiceLevel = new HashMap<>();

    ReorderRule(PlanningPolicy policy, LocalDate today) {
        this.policy = policy;
        this.today = today;
    }

    ReorderLevels levels(PlanningPosition position, Demand demand) {
        StockSetting setting = position.setting();
        double leadTime = Math.max(0, LeadTime.days(position, policy));
        Integer safetyOverride = setting == null ? null : setting.safetyStock();
        Integer reorderOverride = setting == null ? null : setting.reorderPoint();
        int safetyStock = safetyOverride != null ? safetyOverride
                : safetyStock(z(setting), demand.dailyStdDev(), leadTime);
        int reorderPoint = reorderOverride != null ? reorderOverride
                : reorderPoint(demand.unitsOver(today, leadTime), safetyStock);
        int orderUpTo = orderUpTo(demand.unitsOver(today, leadTime + policy.targetCoverDays()), safetyStock,
                reorderPoint);
        return new ReorderLevels(leadTime, safetyStock, reorderPoint, orderUpTo);
    }

    static int safetyStock(double z, double dailyStdDev, double leadTimeDays) {
        return Math.max(0, roundUp(z * dailyStdDev * Math.sqrt(leadTimeDays)));
    }

    static int reorderPoint(double leadTimeDemand, int safetyStock) {
        return roundUp(leadTimeDemand + safetyStock);
    }

    static int orderUpTo(double coveredDemand, int safetyStock, int reorderPoint) {
        int level = roundUp(coveredDemand + safetyStock);
        return reorderPoint > 0 ? Math.max(level, reorderPoint + 1) : level;
    }

    /** ⌈x⌉ forgiving a floating-point residue, held within int. */
    static int roundUp(double x) {
        double up = Math.ceil(x - ROUNDING_RESIDUE);
        return up >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) up;
    }

    private double z(StockSetting setting) {
        BigDecimal level = setting != null && setting.serviceLevel() != null ? setting.serviceLevel()
                : policy.defaultServiceLevel();
        // Nearly every position shares a handful of levels: compute each z once per run.
        return zByServiceLevel.computeIfAbsent(level, l -> ServiceLevel.z(l.doubleValue()));
    }
}

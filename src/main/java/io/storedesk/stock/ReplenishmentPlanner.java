package io.storedesk.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The stock planner: from positions, their sales histories, batches and the shop's policy to figures per
 * position, what to move between warehouses, what to buy, what to clear and what to warn about. Pure and
 * deterministic: it reads only its input and the same input gives the same plan. It holds no state, so one
 * planner may run several plans at once.
 * <p>
 * Each rule lives in its own class: {@link DemandEstimator} (rate, σ, weekday factors), {@link LeadTime},
 * {@link ServiceLevel} and {@link ReorderRule} (safety stock, reorder point, order-up-to level),
 * {@link TransferPlanner}, {@link OrderQuantity}, {@link AbcClassifier}, {@link XyzClassifier},
 * {@link StockFigures} (days of cover, turnover), {@link StockAlerts} and {@link ClearanceRule}.
 * <p>
 * Reorders: a position with a supplier is reordered when its inventory position (available + in transit +
 * on order + transfers planned in − out) is at or below its reorder point; the need is the order-up-to level
 * minus that inventory position, shaped by {@link OrderQuantity} (the maximum counts on hand + in transit +
 * on order + transfers). Positions keep the input order; reorders are sorted by supplier id, warehouse code
 * and SKU code; transfers by SKU code, receiving then giving warehouse code; clearances by expiry date, SKU
 * code and batch (number, id); warnings by {@link StockAlerts#ORDER}.
 */
public final class ReplenishmentPlanner {

    private static final Comparator<ReorderSuggestion> REORDER_ORDER = Comparator
            .comparingLong(ReorderSuggestion::supplierId)
            .thenComparing(ReorderSuggestion::warehouseCode)
            .thenComparing(ReorderSuggestion::skuCode);
    private static final Comparator<TransferSuggestion> TRANSFER_ORDER = Comparator
            .comparing(TransferSuggestion::skuCode)
            .thenComparing(TransferSuggestion::toWarehouseCode)
            .thenComparing(TransferSuggestion::fromWarehouseCode);
    private static final Comparator<ClearanceSuggestion> CLEARANCE_ORDER = Comparator
            .comparing((ClearanceSuggestion c) -> c.batch().expiryDate())
            .thenComparing(ClearanceSuggestion::skuCode)
            .thenComparing(ClearanceSuggestion::batch, NearExpiryBatches.FIRST_EXPIRY_FIRST);

    public StockPlan plan(PlanningInput input) {
        PlanningPolicy policy = input.policy();
        LocalDate today = input.today();
        List<PlanningPosition> positions = input.positions();
        int n = positions.size();

        DemandEstimator estimator = new DemandEstimator(today, policy.halfLifeDays(), policy.historyDays());
        ReorderRule reorderRule = new ReorderRule(policy, today);
        Demand[] demands = new Demand[n];
        ReorderLevels[] levels = new ReorderLevels[n];
        long[] unitsSold = new long[n];
        for (int i = 0; i < n; i++) {
            PlanningPosition p = positions.get(i);
            demands[i] = estimator.estimate(p.sales());
            levels[i] = reorderRule.levels(p, demands[i]);
            unitsSold[i] = DemandEstimator.unitsSold(p.sales());
        }

        SkuGroups groups = SkuGroups.of(positions);
        AbcClass[] abc = AbcClassifier.classify(groups, positions, unitsSold, policy.abcA(), policy.abcB());
        XyzClass[] xyz = new XyzClassifier().classify(groups, positions, policy.xyzX(), policy.xyzY());
        int[] moved = new int[n];
        List<TransferSuggestion> transfers = new TransferPlanner(policy).plan(groups, positions, demands, levels,
                moved);

        PositionPlan[] plans = new PositionPlan[n];
        for (int g = 0; g < groups.count(); g++) {
            for (int k = 0; k < groups.size(g); k++) {
                int i = groups.member(g, k);
                PlanningPosition p = positions.get(i);
                plans[i] = new PositionPlan(p.key(), demands[i], levels[i].safetyStock(), levels[i].reorderPoint(),
                        StockFigures.daysOfCover(p.available(), demands[i].dailyRate()),
                        StockFigures.turnover(unitsSold[i], p.sales().days(), p.onHand()), abc[g], xyz[g]);
            }
        }

        Map<PositionKey, List<Batch>> nearExpiry = NearExpiryBatches.byPosition(input.batches(), today,
                policy.nearExpiryDays());
        StockAlerts alerts = new StockAlerts(policy, today);
        List<ReorderSuggestion> reorders = new ArrayList<>();
        List<ClearanceSuggestion> clearances = new ArrayList<>();
        List<StockWarning> warnings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PlanningPosition p = positions.get(i);
            ReorderSuggestion reorder = reorder(p, levels[i], moved[i]);
            if (reorder != null) {
                reorders.add(reorder);
            }
            alerts.warn(p, demands[i], levels[i], plans[i].daysOfCover(), warnings);
            List<Batch> batches = nearExpiry.isEmpty() ? null : nearExpiry.get(p.key());
            if (batches != null) {
                alerts.warnNearExpiry(p, batches, warnings);
                ClearanceRule.suggest(p, demands[i].dailyRate(), batches, today, clearances);
            }
        }
        reorders.sort(REORDER_ORDER);
        transfers.sort(TRANSFER_ORDER);
        clearances.sort(CLEARANCE_ORDER);
        warnings.sort(StockAlerts.ORDER);
        return new StockPlan(Collections.unmodifiableList(Arrays.asList(plans)),
                Collections.unmodifiableList(reorders), Collections.unmodifiableList(transfers),
                Collections.unmodifiableList(clearances), Collections.unmodifiableList(warnings));
    }

    /** null when the position is above its reorder point, has no supplier, or no order is worth placing. */
    private static ReorderSuggestion reorder(PlanningPosition p, ReorderLevels levels, int moved) {
        if (p.supplierId() == null) {
            return null;
        }
        long incoming = (long) p.inTransit() + p.onOrder() + moved;
        long inventoryPosition = p.available() + incoming;
        if (inventoryPosition > levels.reorderPoint()) {
            return null;
        }
        StockSetting setting = p.setting();
        int quantity = OrderQuantity.of(clamp(levels.orderUpTo() - inventoryPosition),
                setting == null ? 1 : setting.moq(), setting == null ? 1 : setting.packSize(),
                setting == null ? null : setting.maxStock(), clamp(p.onHand() + incoming));
        return quantity == 0 ? null
                : new ReorderSuggestion(p.key(), p.skuCode(), p.warehouseCode(), p.supplierId(), quantity, p.unitCost());
    }

    private static int clamp(long units) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, units));
    }
}

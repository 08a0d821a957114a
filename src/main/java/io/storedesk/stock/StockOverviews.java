package io.storedesk.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Joins a plan's warnings with their suggestions and leaves out the ones people put aside. */
final class StockOverviews {

    private StockOverviews() {
    }

    static StockOverview of(PlanningInput input, StockPlan plan, List<Dismissal> dismissals) {
        Map<PositionKey, PlanningPosition> positions = new HashMap<>();
        input.positions().forEach(p -> positions.put(p.key(), p));
        Map<PositionKey, PositionPlan> figures = new HashMap<>();
        plan.positions().forEach(p -> figures.put(p.key(), p));
        Map<PositionKey, ReorderSuggestion> reorders = new HashMap<>();
        plan.reorders().forEach(r -> reorders.put(r.key(), r));
        Map<PositionKey, TransferSuggestion> transfers = new HashMap<>();
        plan.transfers().forEach(t -> transfers.putIfAbsent(new PositionKey(t.skuId(), t.toWarehouseId()), t));
        plan.transfers().forEach(t -> transfers.putIfAbsent(new PositionKey(t.skuId(), t.fromWarehouseId()), t));
        Map<Long, ClearanceSuggestion> clearances = new HashMap<>();
        plan.clearances().forEach(c -> clearances.put(c.batch().id(), c));
        Map<WarningKey, Dismissal> hidden = new HashMap<>();
        dismissals.stream().filter(d -> d.hides(input.today())).forEach(d -> hidden.put(d.warning(), d));

        List<WarningRow> rows = new ArrayList<>();
        Map<WarningKind, Integer> counts = new EnumMap<>(WarningKind.class);
        int putAside = 0;
        for (StockWarning warning : plan.warnings()) {
            if (hidden.containsKey(WarningKey.of(warning))) {
                putAside++;
                continue;
            }
            PlanningPosition position = positions.get(warning.key());
            boolean shortage = warning.kind() == WarningKind.NEGATIVE_AVAILABLE
                    || warning.kind() == WarningKind.OUT_OF_STOCK || warning.kind() == WarningKind.BELOW_SAFETY;
            boolean excess = warning.kind() == WarningKind.OVERSTOCK || warning.kind() == WarningKind.SLOW_MOVING;
            rows.add(new WarningRow(warning, figures.get(warning.key()),
                    position == null ? null : position.supplierId(), position == null ? 0 : position.categoryId(),
                    shortage ? reorders.get(warning.key()) : null,
                    shortage || excess ? transfers.get(warning.key()) : null,
                    warning.batch() == null ? null : clearances.get(warning.batch().id())));
            counts.merge(warning.kind(), 1, Integer::sum);
        }
        return new StockOverview(List.copyOf(rows), Map.copyOf(counts), putAside, plan);
    }

    /**
     * Dismissals without an end whose warning has cleared: they go, so that the same trouble coming back
     * later warns again.
     */
    static List<WarningKey> cleared(StockPlan plan, List<Dismissal> dismissals, LocalDate today) {
        Set<WarningKey> current = new HashSet<>();
        plan.warnings().forEach(w -> current.add(WarningKey.of(w)));
        return dismissals.stream()
                .filter(d -> d.until() == null ? !current.contains(d.warning()) : !d.hides(today))
                .map(Dismissal::warning)
                .toList();
    }
}

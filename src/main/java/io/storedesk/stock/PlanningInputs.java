package io.storedesk.stock;

import io.storedesk.catalog.Variants;
import io.storedesk.stock.PlanningRepository.PositionFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Assembles what a planning run reads from the store. Sales histories are the slow part (every order line
 * of the window); they are kept until orders or shipments change or the day turns.
 */
public final class PlanningInputs {

    private final PlanningRepository repository;
    private final Supplier<ZoneId> zone;
    private final Clock clock;
    private SalesCache cached;

    public PlanningInputs(PlanningRepository repository, Supplier<ZoneId> zone, Clock clock) {
        this.repository = repository;
        this.zone = zone;
        this.clock = clock;
    }

    public PlanningInput load(PlanningPolicy policy) {
        ZoneId shopZone = zone.get();
        LocalDate today = LocalDate.ofInstant(clock.instant(), shopZone);
        ZoneOffset offset = shopZone.getRules().getOffset(clock.instant());
        List<PositionFacts> facts = repository.positions();
        SalesCache sales = sales(facts, today, offset, policy.historyDays());
        Map<PositionKey, Integer> onOrder = repository.onOrder();
        Map<Long, Double> measured = repository.measuredLeadTimes();
        List<PlanningPosition> positions = new ArrayList<>(facts.size());
        for (PositionFacts fact : facts) {
            SalesHistory history = sales.histories.getOrDefault(fact.key(), sales.empty());
            Long supplierId = fact.supplierId().orElse(null);
            positions.add(new PlanningPosition(fact.key(), fact.skuCode(), titleOf(fact), fact.warehouseCode(),
                    fact.categoryId(), fact.onHand(), fact.reserved(), fact.inTransit(),
                    onOrder.getOrDefault(fact.key(), 0), fact.setting(), supplierId, fact.supplierLeadTimeDays(),
                    supplierId == null ? null : measured.get(supplierId), fact.cost(), fact.price(),
                    lastSale(history, sales.lastSales.get(fact.key().skuId())), history));
        }
        return new PlanningInput(today, positions, repository.expiringBatches(), policy);
    }

    private SalesCache sales(List<PositionFacts> facts, LocalDate today, ZoneOffset offset, int days) {
        String marker = repository.salesMarker() + "/" + facts.size();
        SalesCache current = cached;
        if (current != null && current.matches(today, days, marker)) {
            return current;
        }
        LocalDate firstDay = today.minusDays(days);
        Map<PositionKey, SalesHistory> histories = new HashMap<>();
        Map<Long, PositionKey> mainPosition = mainPositions(facts);
        repository.dailySales(firstDay.atStartOfDay(offset).toInstant(), today.atStartOfDay(offset).toInstant(),
                offset, (skuId, warehouseId, day, promotion, units) -> {
                    PositionKey key = warehouseId == null ? mainPosition.get(skuId) : new PositionKey(skuId, warehouseId);
                    int index = (int) (day.toEpochDay() - firstDay.toEpochDay());
                    if (key == null || index < 0 || index >= days) {
                        return;
                    }
                    SalesHistory history = histories.computeIfAbsent(key, k -> SalesHistory.none(firstDay, days));
                    history.units()[index] += units;
                    history.promotion()[index] |= promotion;
                });
        // Only SKUs without a sale in the window need the store's older history.
        Set<Long> unsold = new HashSet<>();
        facts.forEach(f -> unsold.add(f.key().skuId()));
        histories.keySet().forEach(k -> unsold.remove(k.skuId()));
        SalesCache fresh = new SalesCache(today, days, marker, firstDay, histories,
                repository.lastSales(unsold, offset));
        cached = fresh;
        return fresh;
    }

    /**
     * Where a sale that has not shipped yet will ship from: the SKU's position holding most stock. A
     * simplification until routing assigns warehouses to open orders; shipped lines count where they shipped.
     */
    private static Map<Long, PositionKey> mainPositions(List<PositionFacts> facts) {
        Map<Long, PositionFacts> best = new HashMap<>();
        for (PositionFacts fact : facts) {
            best.merge(fact.key().skuId(), fact, (a, b) -> b.onHand() > a.onHand() ? b : a);
        }
        Map<Long, PositionKey> result = new HashMap<>();
        best.forEach((sku, fact) -> result.put(sku, fact.key()));
        return result;
    }

    /** The position's last day with sales in the window; else the SKU's last sale if it is older than that. */
    private static LocalDate lastSale(SalesHistory history, LocalDate skuLastSale) {
        int[] units = history.units();
        for (int i = units.length - 1; i >= 0; i--) {
            if (units[i] > 0) {
                return history.firstDay().plusDays(i);
            }
        }
        return skuLastSale != null && skuLastSale.isBefore(history.firstDay()) ? skuLastSale : null;
    }

    private static String titleOf(PositionFacts fact) {
        String variant = Variants.label(fact.attributes());
        return variant.isEmpty() ? fact.title() : fact.title() + " · " + variant;
    }

    private record SalesCache(LocalDate today, int days, String marker, LocalDate firstDay,
                              Map<PositionKey, SalesHistory> histories, Map<Long, LocalDate> lastSales) {

        boolean matches(LocalDate otherDay, int otherDays, String otherMarker) {
            return today.equals(otherDay) && days == otherDays && marker.equals(otherMarker);
        }

        /** A position without sales: a fresh history each time, since a planning run owns its arrays. */
        SalesHistory empty() {
            return SalesHistory.none(firstDay, days);
        }
    }
}

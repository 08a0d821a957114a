package io.storedesk.orders.routing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference optimum for small orders, for tests and benchmarks: tries every assignment of whole lines to
 * warehouses with the stock and every carrier for every parcel, and keeps the best by the engine's objective
 * (late parcels, parcels, cost, warehouse priority). Written apart from the engine — own price arithmetic
 * (CarrierRate.priceFor), own dates — so that comparing the two checks the engine.
 */
public final class ExhaustiveRouter {

    /** More line-to-warehouse assignments than this and the order is refused (empty). */
    public static final long MAX_ASSIGNMENTS = 2_000_000;

    /**
     * The optimal plan, or empty when no assignment of whole lines routes the order (a hold, a backorder, a
     * line that only a quantity split could serve) or the order is too large to enumerate.
     */
    public Optional<RouteDecision> route(RouteOrder order, RoutingNetwork network, AvailableStock stock, Instant now) {
        List<RouteLine> lines = new ArrayList<>();
        for (RouteLine line : order.lines()) {
            if (line.quantity() > 0 && !line.presale()) {
                if (line.skuId() == null || line.unitWeightGrams() == null || line.unitWeightGrams() < 0) {
                    return Optional.empty();
                }
                lines.add(line);
            }
        }
        if (lines.isEmpty() || order.province() == null || order.province().isBlank()) {
            return Optional.empty();
        }
        Set<Long> allowed = network.channelSites().get(order.channelId());
        List<Site> sites = new ArrayList<>(network.sites());
        sites.removeIf(s -> allowed != null && !allowed.contains(s.id()));
        sites.sort(Comparator.comparingInt(Site::priority).thenComparingLong(Site::id));
        List<List<Integer>> options = new ArrayList<>();
        long assignments = 1;
        for (RouteLine line : lines) {
            List<Integer> where = new ArrayList<>();
            for (int s = 0; s < sites.size(); s++) {
                if (stock.available(line.skuId(), sites.get(s).id()) >= line.quantity()) {
                    where.add(s);
                }
            }
            assignments *= Math.max(1, where.size());
            if (where.isEmpty() || assignments > MAX_ASSIGNMENTS) {
                return Optional.empty();
            }
            options.add(where);
        }
        LocalDate paid = LocalDate.ofInstant(order.paidAt() == null ? now : order.paidAt(), network.zone());
        LocalDate deadline = order.promisedDays() == null ? null : paid.plusDays(order.promisedDays());
        Search search = new Search(new ExhaustiveParts(network, order, lines, sites, now, deadline), lines, sites,
                options, stock);
        search.assign(0, new int[lines.size()]);
        if (search.best == null) {
            return Optional.empty();
        }
        return Optional.of(new RouteDecision(order.orderId(), RouteOutcome.ROUTED, search.best, null, List.of()));
    }

    /** The recursion over assignments, keeping the best complete one. */
    private static final class Search {
        private final ExhaustiveParts parts;
        private final List<RouteLine> lines;
        private final List<Site> sites;
        private final List<List<Integer>> options;
        private final AvailableStock stock;
        private List<PlannedShipment> best;
        private int bestLate;
        private int bestCount;
        private BigDecimal bestCost;
        private long bestPriority;

        Search(ExhaustiveParts parts, List<RouteLine> lines, List<Site> sites, List<List<Integer>> options,
               AvailableStock stock) {
            this.parts = parts;
            this.lines = lines;
            this.sites = sites;
            this.options = options;
            this.stock = stock;
        }

        void assign(int line, int[] siteOf) {
            if (line == lines.size()) {
                evaluate(siteOf);
                return;
            }
            for (int s : options.get(line)) {
                siteOf[line] = s;
                assign(line + 1, siteOf);
            }
        }

        private void evaluate(int[] siteOf) {
            Map<Long, Integer> used = new HashMap<>();
            for (int l = 0; l < siteOf.length; l++) {
                long key = lines.get(l).skuId() * 1_000_003L + siteOf[l];
                int units = used.merge(key, lines.get(l).quantity(), Integer::sum);
                if (units > stock.available(lines.get(l).skuId(), sites.get(siteOf[l]).id())) {
                    return; // two lines of one SKU drew on the same stock
                }
            }
            Map<Integer, Integer> maskBySite = new LinkedHashMap<>();
            for (int s = 0; s < sites.size(); s++) {
                for (int l = 0; l < siteOf.length; l++) {
                    if (siteOf[l] == s) {
                        maskBySite.merge(s, 1 << l, (a, b) -> a | b);
                    }
                }
            }
            List<PlannedShipment> shipments = new ArrayList<>();
            long priority = 0;
            for (Map.Entry<Integer, Integer> e : maskBySite.entrySet()) {
                List<PlannedShipment> part = parts.part(e.getKey(), e.getValue());
                if (part == null) {
                    return;
                }
                shipments.addAll(part);
                priority += sites.get(e.getKey()).priority();
            }
            int late = 0;
            BigDecimal cost = BigDecimal.ZERO;
            for (PlannedShipment shipment : shipments) {
                late += shipment.late() ? 1 : 0;
                cost = cost.add(shipment.cost().amount());
            }
            if (best == null || late < bestLate || (late == bestLate && (shipments.size() < bestCount
                    || (shipments.size() == bestCount && (cost.compareTo(bestCost) < 0
                    || (cost.compareTo(bestCost) == 0 && priority < bestPriority)))))) {
                best = shipments;
                bestLate = late;
                bestCount = shipments.size();
                bestCost = cost;
                bestPriority = priority;
            }
        }
    }
}

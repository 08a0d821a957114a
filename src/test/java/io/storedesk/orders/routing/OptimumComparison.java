package io.storedesk.orders.routing;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Routes seeded small instances with the engine and with ExhaustiveRouter and counts how often the engine is as
 * good as the optimum: late parcels, parcels, and cost within 2 %. Shared by the property test and the
 * quality benchmark, so both measure the same thing.
 */
public final class OptimumComparison {

    private static final BigDecimal TOLERANCE = new BigDecimal("1.02");

    private int instances;
    private int compared;
    private int moreLate;
    private int engineFailed;
    private int noMoreShipments;
    private int costWithinTolerance;
    private int engineCheaper;

    /** Compares the instances RandomInstances.small(firstSeed … firstSeed + count - 1). */
    public static OptimumComparison run(long firstSeed, int count) {
        OptimumComparison result = new OptimumComparison();
        RoutingEngine engine = new RoutingEngine();
        ExhaustiveRouter exhaustive = new ExhaustiveRouter();
        for (long seed = firstSeed; seed < firstSeed + count; seed++) {
            RandomInstances.Instance instance = RandomInstances.small(seed);
            RouteDecision decision = engine.route(instance.order(), instance.network(), instance.stock(),
                    instance.now());
            Optional<RouteDecision> optimum = exhaustive.route(instance.order(), instance.network(), instance.stock(),
                    instance.now());
            result.add(decision, optimum);
        }
        return result;
    }

    private void add(RouteDecision decision, Optional<RouteDecision> optimum) {
        instances++;
        if (optimum.isEmpty()) {
            return; // nothing to compare: a hold, or only a quantity split routes it
        }
        compared++;
        if (!decision.routed()) {
            engineFailed++;
            return;
        }
        RouteDecision best = optimum.get();
        int late = late(decision);
        int bestLate = late(best);
        if (late > bestLate) {
            moreLate++;
        }
        if (decision.shipments().size() <= best.shipments().size()) {
            noMoreShipments++;
        }
        BigDecimal cost = cost(decision);
        BigDecimal bestCost = cost(best);
        if (cost.compareTo(bestCost.multiply(TOLERANCE)) <= 0) {
            costWithinTolerance++;
        }
        if (cost.compareTo(bestCost) < 0) {
            engineCheaper++;
        }
    }

    private static int late(RouteDecision decision) {
        return (int) decision.shipments().stream().filter(PlannedShipment::late).count();
    }

    private static BigDecimal cost(RouteDecision decision) {
        return decision.shipments().stream().map(s -> s.cost().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int instances() {
        return instances;
    }

    /** Instances where the exhaustive router found a plan of whole lines. */
    public int compared() {
        return compared;
    }

    /** Instances where the engine has more late parcels than the optimum: must be none. */
    public int moreLate() {
        return moreLate;
    }

    /** Instances the optimum routes and the engine does not: must be none. */
    public int engineFailed() {
        return engineFailed;
    }

    /** Instances where the engine is cheaper, which only a quantity split or fewer late parcels explain. */
    public int engineCheaper() {
        return engineCheaper;
    }

    public double noMoreShipmentsShare() {
        return compared == 0 ? 0 : (double) noMoreShipments / compared;
    }

    public double costWithinTwoPercentShare() {
        return compared == 0 ? 0 : (double) costWithinTolerance / compared;
    }
}

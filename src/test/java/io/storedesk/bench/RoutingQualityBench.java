package io.storedesk.bench;

import io.storedesk.orders.routing.OptimumComparison;
import java.util.Locale;

/**
 * How close the routing engine comes to the exhaustive optimum on 1,000 seeded small instances (up to 6 lines,
 * 5 warehouses, 4 carriers). Goals: never more late parcels, no more parcels on 98 %, cost within 2 % on 95 %.
 */
final class RoutingQualityBench {

    static final double SHIPMENTS_GOAL = 0.98;
    static final double COST_GOAL = 0.95;

    private final OptimumComparison result;
    private final long millis;

    private RoutingQualityBench(OptimumComparison result, long millis) {
        this.result = result;
        this.millis = millis;
    }

    /** Seeds from 1,000,001 on, apart from the property test's seeds 1–400. */
    static RoutingQualityBench run(int instances) {
        long start = System.nanoTime();
        OptimumComparison result = OptimumComparison.run(1_000_001, instances);
        return new RoutingQualityBench(result, (System.nanoTime() - start) / 1_000_000);
    }

    String instances() {
        return String.format(Locale.ROOT, "%,d generated, %,d with a whole-line optimum, engine cheaper on %d "
                + "(quantity splits), %,d ms for both routers", result.instances(), result.compared(),
                result.engineCheaper(), millis);
    }

    String late() {
        return String.format(Locale.ROOT, "%d with more late parcels, %d not routed (goal 0) %s", result.moreLate(),
                result.engineFailed(), result.moreLate() == 0 && result.engineFailed() == 0 ? "ok" : "MISSED");
    }

    String shipments() {
        return share(result.noMoreShipmentsShare(), SHIPMENTS_GOAL);
    }

    String cost() {
        return share(result.costWithinTwoPercentShare(), COST_GOAL);
    }

    private static String share(double share, double goal) {
        return String.format(Locale.ROOT, "%.1f %% (goal >= %.0f %%) %s", share * 100, goal * 100,
                share >= goal ? "ok" : "MISSED");
    }
}

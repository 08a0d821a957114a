package io.storedesk.bench;

import io.storedesk.orders.routing.RandomInstances;
import io.storedesk.orders.routing.RouteDecision;
import io.storedesk.orders.routing.RouteOrder;
import io.storedesk.orders.routing.RouteSummary;
import io.storedesk.orders.routing.RoutingEngine;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The routing engine on a shop's busy day: 100,000 orders (about 300,000 lines) to all 31 provinces over 10
 * warehouses and 10 carriers. routeAll runs on a fresh copy of the stock each time; single orders are timed
 * one by one against the full stock for the latency percentile.
 */
final class RoutingSpeedBench {

    private final RandomInstances.Batch batch;
    private final RoutingEngine engine = new RoutingEngine();

    private RoutingSpeedBench(RandomInstances.Batch batch) {
        this.batch = batch;
    }

    static RoutingSpeedBench generate(int orders, int warehouses, int carriers, long seed) {
        return new RoutingSpeedBench(RandomInstances.batch(orders, warehouses, carriers, seed));
    }

    int orders() {
        return batch.orders().size();
    }

    int lines() {
        return batch.orders().stream().mapToInt(o -> o.lines().size()).sum();
    }

    List<RouteDecision> routeAll() {
        return engine.routeAll(batch.orders(), batch.network(), batch.stock().copy(), batch.now());
    }

    /** Nanoseconds per order for the first count orders, each routed alone; sorted. */
    long[] singleOrderNanos(int count) {
        long[] nanos = new long[Math.min(count, batch.orders().size())];
        for (int i = 0; i < nanos.length; i++) {
            RouteOrder order = batch.orders().get(i);
            long start = System.nanoTime();
            engine.route(order, batch.network(), batch.stock(), batch.now());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    static String describe(List<RouteDecision> decisions) {
        RouteSummary s = RouteSummary.of(decisions);
        return String.format(Locale.ROOT, "%,d routed, %,d parcels, %,d split, %,d late, ¥%s; held %s, backorders %s",
                s.routed(), s.shipments(), s.splitOrders(), s.lateShipments(), s.totalCost().amount().toPlainString(),
                s.holds(), s.backorders());
    }
}

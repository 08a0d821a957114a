package io.storedesk.orders.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** Routes a batch in queue order (OrderRouter.QUEUE) and takes each routed order's units from the stock. */
final class Batch {

    private Batch() {
    }

    static List<RouteDecision> routeAll(List<RouteOrder> orders, AvailableStock stock,
                                        Function<RouteOrder, RouteDecision> router) {
        Queued[] queue = new Queued[orders.size()];
        for (int i = 0; i < queue.length; i++) {
            queue[i] = new Queued(i, orders.get(i));
        }
        // The same order as OrderRouter.QUEUE, on copied fields: sorting 100,000 orders through the composed
        // comparator took a tenth of the batch.
        Arrays.sort(queue, Batch::compare);
        RouteDecision[] decisions = new RouteDecision[queue.length];
        for (Queued queued : queue) {
            RouteDecision decision = router.apply(queued.order);
            if (decision.routed()) {
                take(queued.order, decision, stock);
            }
            decisions[queued.index] = decision;
        }
        return Collections.unmodifiableList(new ArrayList<>(Arrays.asList(decisions)));
    }

    private static int compare(Queued a, Queued b) {
        if (a.unpaid != b.unpaid) {
            return a.unpaid ? 1 : -1;
        }
        if (a.seconds != b.seconds) {
            return Long.compare(a.seconds, b.seconds);
        }
        if (a.nanos != b.nanos) {
            return Integer.compare(a.nanos, b.nanos);
        }
        if (a.priority != b.priority) {
            return Integer.compare(a.priority, b.priority);
        }
        return Long.compare(a.orderId, b.orderId);
    }

    private static void take(RouteOrder order, RouteDecision decision, AvailableStock stock) {
        for (PlannedShipment shipment : decision.shipments()) {
            shipment.lineQuantities().forEach((lineId, units) -> {
                for (RouteLine line : order.lines()) {
                    if (line.lineId() == lineId) {
                        stock.take(line.skuId(), shipment.siteId(), units);
                        return;
                    }
                }
            });
        }
    }

    /** An order with its sort keys copied out, so the sort compares plain fields next to each other. */
    private static final class Queued {
        final int index;
        final RouteOrder order;
        final boolean unpaid;
        final long seconds;
        final int nanos;
        final int priority;
        final long orderId;

        Queued(int index, RouteOrder order) {
            this.index = index;
            this.order = order;
            unpaid = order.paidAt() == null;
            seconds = unpaid ? 0 : order.paidAt().getEpochSecond();
            nanos = unpaid ? 0 : order.paidAt().getNano();
            priority = order.priority();
            orderId = order.orderId();
        }
    }
}

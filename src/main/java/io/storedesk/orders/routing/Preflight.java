package io.storedesk.orders.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks an order before any search and prepares it: holds for what a person must fix (address, unknown SKU,
 * missing weight, destination not served), a backorder for a line short of stock, otherwise an OrderProblem
 * with the candidate warehouses. Bad input ends here as a hold; it never throws.
 */
final class Preflight {

    private Preflight() {
    }

    static OrderProblem prepare(RouteOrder order, CompiledNetwork net, AvailableStock stock, RoutingClock clock) {
        OrderProblem p = new OrderProblem();
        p.order = order;
        p.net = net;
        p.clock = clock;
        p.presale = new ArrayList<>(0);
        p.ignored = new ArrayList<>(0);
        List<RouteLine> routed = new ArrayList<>(order.lines().size());
        List<Reason> problems = new ArrayList<>(0);
        for (RouteLine line : order.lines()) {
            if (line.quantity() <= 0) {
                p.ignored.add(line);
            } else if (line.skuId() == null) {
                problems.add(Reason.because("unknownSku", String.valueOf(line.lineId()), line.skuCode()));
            } else if (line.presale()) {
                p.presale.add(line);
            } else {
                routed.add(line);
            }
        }
        if (routed.isEmpty() && p.presale.isEmpty() && problems.isEmpty()) {
            return held(p, HoldCodes.NOTHING_TO_SHIP, List.of(Reason.because("nothingToShip")));
        }
        if (order.province() == null || order.province().isBlank()) {
            return held(p, HoldCodes.ADDRESS_UNPARSED, List.of(Reason.because("addressUnparsed")));
        }
        if (!problems.isEmpty()) {
            return held(p, HoldCodes.UNKNOWN_SKU, problems);
        }
        if (routed.isEmpty()) {
            return held(p, HoldCodes.PRESALE_ONLY, List.of(Reason.because("presaleOnly")));
        }
        for (RouteLine line : routed) {
            if (line.unitWeightGrams() == null || line.unitWeightGrams() < 0) {
                problems.add(Reason.because("missingWeight", line.skuCode()));
            }
        }
        if (!problems.isEmpty()) {
            return held(p, HoldCodes.MISSING_WEIGHT, problems);
        }
        mergeBySku(p, routed);
        p.deadline = order.promisedDays() == null ? Long.MAX_VALUE
                : clock.day(order.paidAt()) + order.promisedDays();
        p.destination = net.destination(order.province());
        p.excluded = new boolean[net.carriers.length];
        if (p.destination >= 0) {
            net.markExcluded(p.destination, order.city(), p.excluded);
        }
        return Candidates.find(p, stock);
    }

    static OrderProblem held(OrderProblem p, String code, List<Reason> reasons) {
        p.hold = RouteDecision.held(p.order.orderId(), code, reasons);
        return p;
    }

    /** Lines of one SKU become one item: they draw on the same stock, so they must be counted together. */
    private static void mergeBySku(OrderProblem p, List<RouteLine> routed) {
        int size = routed.size();
        p.sku = new long[size];
        p.qty = new int[size];
        p.unitWeight = new long[size];
        p.code = new String[size];
        int[] itemOf = new int[size];
        int[] linesOf = new int[size];
        int n = 0;
        for (int l = 0; l < size; l++) {
            RouteLine line = routed.get(l);
            int item = 0;
            while (item < n && p.sku[item] != line.skuId()) {
                item++;
            }
            if (item == n) {
                p.sku[n] = line.skuId();
                p.code[n] = line.skuCode();
                n++;
            }
            itemOf[l] = item;
            linesOf[item]++;
            // Saturating: a quantity past int would otherwise wrap to a negative count.
            p.qty[item] = (int) Math.min(Integer.MAX_VALUE, (long) p.qty[item] + line.quantity());
            p.unitWeight[item] = Math.max(p.unitWeight[item], line.unitWeightGrams());
        }
        p.n = n;
        if (n < size) {
            p.sku = Arrays.copyOf(p.sku, n);
            p.qty = Arrays.copyOf(p.qty, n);
            p.unitWeight = Arrays.copyOf(p.unitWeight, n);
            p.code = Arrays.copyOf(p.code, n);
        }
        p.lines = new RouteLine[n][];
        for (int i = 0; i < n; i++) {
            p.lines[i] = new RouteLine[linesOf[i]];
            linesOf[i] = 0;
        }
        for (int l = 0; l < size; l++) {
            p.lines[itemOf[l]][linesOf[itemOf[l]]++] = routed.get(l);
        }
    }
}

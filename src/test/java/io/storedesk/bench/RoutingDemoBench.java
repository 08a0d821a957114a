package io.storedesk.bench;

import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.SKU;

import io.storedesk.Services;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.RoutingRepository;
import io.storedesk.orders.routing.AvailableStock;
import io.storedesk.orders.routing.OrderRouter;
import io.storedesk.orders.routing.PlannedShipment;
import io.storedesk.orders.routing.RouteDecision;
import io.storedesk.orders.routing.RouteLine;
import io.storedesk.orders.routing.RouteOrder;
import io.storedesk.orders.routing.RouteSummary;
import io.storedesk.orders.routing.RoutingNetwork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * StoreDesk's router against the Shopify-style baseline on the demo shop: every order of the demo's last 30 days
 * routed again, in paid order, each ten minutes after its payment (as a desk routing promptly would), against
 * the demo's current stock, which each router draws down on its own copy.
 */
final class RoutingDemoBench {

    private final List<RouteOrder> orders;
    private final RoutingNetwork network;
    private final AvailableStock stock;

    RoutingDemoBench(Services services, Instant until) {
        DSLContext dsl = services.store().dsl();
        RoutingRepository repository = new RoutingRepository(dsl);
        this.network = services.orderRouting().network(null, null);
        this.stock = repository.available(List.of());
        this.orders = history(dsl, until.minus(Duration.ofDays(30)), until);
    }

    int orders() {
        return orders.size();
    }

    RouteSummary route(OrderRouter router) {
        AvailableStock left = stock.copy();
        List<RouteDecision> decisions = new ArrayList<>(orders.size());
        for (RouteOrder order : orders) {
            RouteDecision decision = router.route(order, network, left, order.paidAt().plus(Duration.ofMinutes(10)));
            Map<Long, Long> skuOfLine = new HashMap<>();
            order.lines().forEach(l -> skuOfLine.put(l.lineId(), l.skuId()));
            for (PlannedShipment parcel : decision.shipments()) {
                parcel.lineQuantities().forEach((line, units) -> left.take(skuOfLine.get(line), parcel.siteId(), units));
            }
            decisions.add(decision);
        }
        return RouteSummary.of(decisions);
    }

    static String describe(RouteSummary s) {
        return String.format(Locale.ROOT, "%,d of %,d routed, %,d parcels, %,d split, %,d late, ¥%s", s.routed(),
                s.orders(), s.shipments(), s.splitOrders(), s.lateShipments(), s.totalCost().amount().toPlainString());
    }

    /** Not worse on splits, cost and late parcels, better on at least one; costs compared per routed order. */
    static String verdict(RouteSummary ours, RouteSummary baseline) {
        double ourCost = perOrder(ours);
        double theirCost = perOrder(baseline);
        boolean notWorse = ours.splitOrders() <= baseline.splitOrders() && ours.lateShipments() <= baseline.lateShipments()
                && ourCost <= theirCost + 1e-9 && ours.routed() >= baseline.routed();
        boolean better = ours.splitOrders() < baseline.splitOrders() || ours.lateShipments() < baseline.lateShipments()
                || ourCost < theirCost - 1e-9 || ours.routed() > baseline.routed();
        return String.format(Locale.ROOT, "splits %d vs %d, late %d vs %d, cost per order ¥%.2f vs ¥%.2f: %s",
                ours.splitOrders(), baseline.splitOrders(), ours.lateShipments(), baseline.lateShipments(), ourCost,
                theirCost, notWorse && better ? "ok (not worse on any, better on at least one)" : "GOAL NOT MET");
    }

    private static double perOrder(RouteSummary s) {
        return s.routed() == 0 ? 0 : s.totalCost().amount().doubleValue() / s.routed();
    }

    private static List<RouteOrder> history(DSLContext dsl, Instant from, Instant until) {
        Map<Long, List<RouteLine>> lines = new HashMap<>();
        dsl.select(ORDER_LINE.ORDER_ID, ORDER_LINE.ID, ORDER_LINE.SKU_ID, ORDER_LINE.SKU_CODE, ORDER_LINE.QUANTITY,
                        SKU.WEIGHT_GRAMS, ORDER_LINE.PRESALE)
                .from(ORDER_LINE).join(ORDERS).on(ORDERS.ID.eq(ORDER_LINE.ORDER_ID))
                .leftJoin(SKU).on(SKU.ID.eq(ORDER_LINE.SKU_ID))
                .where(ORDERS.PAID_AT.between(from, until), ORDER_LINE.KIND.eq(LineKind.SALE.name()),
                        ORDER_LINE.QUANTITY.gt(0), ORDERS.STATUS.ne(OrderStatus.CANCELLED.name()))
                .forEach(r -> lines.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new RouteLine(r.value2(),
                        r.value3(), r.value4(), r.value5(), r.value6(), r.value7())));
        Map<Long, RouteOrder> orders = new LinkedHashMap<>();
        dsl.select(ORDERS.ID, ORDERS.CHANNEL_ID, ORDERS.PAID_AT, ORDERS.PROVINCE, ORDERS.CITY, ORDERS.PROMISED_DAYS)
                .from(ORDERS)
                .where(ORDERS.PAID_AT.between(from, until), ORDERS.STATUS.ne(OrderStatus.CANCELLED.name()))
                .orderBy(ORDERS.PAID_AT, ORDERS.ID)
                .forEach(r -> {
                    List<RouteLine> orderLines = lines.get(r.value1());
                    if (orderLines != null) {
                        orders.put(r.value1(), new RouteOrder(r.value1(), r.value2(), r.value3(), 0, r.value4(),
                                r.value5(), r.value6(), orderLines));
                    }
                });
        return new ArrayList<>(orders.values());
    }
}

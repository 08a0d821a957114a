package io.storedesk.orders.routing;

import static io.storedesk.orders.routing.Fixture.GZ;
import static io.storedesk.orders.routing.Fixture.SH;
import static io.storedesk.orders.routing.Fixture.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** routeAll: who gets contended stock, what is taken, and that the same input always routes the same way. */
class RoutingEngineBatchTest {

    private final RoutingEngine engine = new RoutingEngine();

    @Test
    void earliestPaidOrderGetsContendedStock() {
        Fixture f = Fixture.standard().stock(1, SH, 1);
        RouteOrder paidLater = paid(100, Fixture.at("09:30"), 0);
        RouteOrder paidFirst = paid(200, Fixture.at("08:00"), 0);

        List<RouteDecision> decisions = engine.routeAll(List.of(paidLater, paidFirst), f.network(), f.stock,
                Fixture.NOW);

        assertThat(decisions).extracting(RouteDecision::orderId, RouteDecision::outcome).containsExactly(
                tuple(100L, RouteOutcome.BACKORDER),
                tuple(200L, RouteOutcome.ROUTED));
        assertThat(f.stock.available(1, SH)).isZero();
    }

    @Test
    void unpaidOrdersComeLastAndPriorityBreaksTies() {
        Fixture f = Fixture.standard().stock(1, SH, 2);
        List<RouteOrder> orders = List.of(paid(1, null, 0), paid(2, Fixture.PAID, 5), paid(3, Fixture.PAID, 1));

        List<RouteDecision> decisions = engine.routeAll(orders, f.network(), f.stock, Fixture.NOW);

        assertThat(decisions).extracting(RouteDecision::outcome).containsExactly(RouteOutcome.BACKORDER,
                RouteOutcome.ROUTED, RouteOutcome.ROUTED);
    }

    @Test
    void contendedStockFollowsTheQueueOrder() {
        // 300 one-unit orders for 120 units: exactly the first 120 in OrderRouter.QUEUE order are routed.
        Random random = new Random(11);
        List<RouteOrder> orders = new ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            Instant paidAt = random.nextInt(10) == 0 ? null : Fixture.at("08:00").plusSeconds(random.nextInt(5) * 60L);
            orders.add(new RouteOrder(id, 1, paidAt, random.nextInt(3), "广东省", "深圳市", null,
                    List.of(line(1, 1, 1000))));
        }
        Fixture f = Fixture.standard().stock(1, SH, 120);

        List<RouteDecision> decisions = engine.routeAll(orders, f.network(), f.stock, Fixture.NOW);

        List<Long> firstInQueue = orders.stream().sorted(OrderRouter.QUEUE).limit(120).map(RouteOrder::orderId)
                .sorted().toList();
        assertThat(decisions).filteredOn(RouteDecision::routed).extracting(RouteDecision::orderId)
                .containsExactlyElementsOf(firstInQueue);
    }

    @Test
    void unknownSkuHoldsWithoutTakingStock() {
        Fixture f = Fixture.standard().stock(1, SH, 5);
        RouteOrder order = Fixture.toShenzhen(1, line(1, 2, 1000), new RouteLine(2, null, "GHOST", 1, 100, false));

        List<RouteDecision> decisions = engine.routeAll(List.of(order), f.network(), f.stock, Fixture.NOW);

        assertThat(decisions).singleElement().extracting(RouteDecision::holdCode).isEqualTo(HoldCodes.UNKNOWN_SKU);
        assertThat(f.stock.available(1, SH)).isEqualTo(5);
    }

    @Test
    void routedOrdersTakeWhatTheyShipAndRouteAloneTakesNothing() {
        Fixture f = Fixture.standard().stock(1, SH, 3).stock(1, GZ, 2);
        RouteOrder order = Fixture.toShenzhen(1, line(1, 5, 1000));

        f.route(order);
        assertThat(f.stock.available(1, SH) + f.stock.available(1, GZ)).isEqualTo(5);

        engine.routeAll(List.of(order), f.network(), f.stock, Fixture.NOW);
        assertThat(f.stock.available(1, SH) + f.stock.available(1, GZ)).isZero();
    }

    @Test
    void deterministicForSameInput() {
        RandomInstances.Batch batch = RandomInstances.batch(400, 8, 6, 20260302);
        List<RouteOrder> shuffled = new ArrayList<>(batch.orders());
        Collections.shuffle(shuffled, new Random(7));

        List<RouteDecision> first = engine.routeAll(batch.orders(), batch.network(), batch.stock().copy(), batch.now());
        List<RouteDecision> again = new RoutingEngine().routeAll(batch.orders(), batch.network(), batch.stock().copy(),
                batch.now());
        List<RouteDecision> reordered = engine.routeAll(shuffled, batch.network(), batch.stock().copy(), batch.now());

        assertThat(again).isEqualTo(first);
        Comparator<RouteDecision> byOrder = Comparator.comparingLong(RouteDecision::orderId);
        assertThat(reordered.stream().sorted(byOrder).toList()).isEqualTo(first.stream().sorted(byOrder).toList());
        assertThat(first).filteredOn(RouteDecision::routed).hasSizeGreaterThan(200);
        assertThat(first).filteredOn(d -> d.shipments().size() > 1).isNotEmpty();
    }

    private static RouteOrder paid(long id, Instant paidAt, int priority) {
        return new RouteOrder(id, 1, paidAt, priority, "广东省", "深圳市", null, List.of(line(1, 1, 1000)));
    }
}

package io.storedesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.orders.OrderRouting.RoutingRun;
import io.storedesk.orders.routing.PlannedShipment;
import io.storedesk.orders.routing.RouteDecision;
import io.storedesk.orders.routing.Site;
import io.storedesk.stock.ReservationKind;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Routing the demo shop's waiting orders as the pane and the CLI do, on a copy of the demo store. */
class OrderRoutingDemoTest {

    private final Services services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())),
            TestStores.DEMO_CLOCK);
    private final DSLContext dsl = services.store().dsl();
    private final OrderRouting routing = services.orderRouting();

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aDryRunDecidesEveryWaitingOrderAndChangesNothing() {
        Map<String, Integer> before = statuses();
        long reservedBefore = reserved();
        int plannedBefore = planned();

        RoutingRun run = routing.route(null, true, "tester");

        assertThat(run.decisions()).isNotEmpty();
        assertThat(run.summary().routed()).isPositive();
        assertThat(statuses()).isEqualTo(before);
        assertThat(reserved()).isEqualTo(reservedBefore);
        assertThat(planned()).isEqualTo(plannedBefore);
        System.out.println("DEMO " + run.summary());
    }

    @Test
    void routingPlansParcelsHoldsTheirStockAndExplainsEachOrder() {
        long reservedBefore = reserved();

        RoutingRun run = routing.route(null, false, "tester");

        assertThat(run.conflicts()).isZero();
        int routedUnits = 0;
        for (RouteDecision decision : run.decisions().stream().filter(RouteDecision::routed).toList()) {
            assertThat(state(decision.orderId())).isEqualTo("ROUTED");
            List<Shipment> parcels = routing.shipments(decision.orderId()).stream()
                    .filter(s -> s.status() == ShipmentStatus.PLANNED).toList();
            assertThat(parcels).hasSameSizeAs(decision.shipments());
            assertThat(parcels).allSatisfy(p -> assertThat(p.carrierId()).isNotNull());
            routedUnits += decision.shipments().stream().flatMap(s -> s.lineQuantities().values().stream())
                    .mapToInt(Integer::intValue).sum();
            assertThat(RouteNotes.render(new Messages(Messages.CHINESE), routing.explanation(decision.orderId())))
                    .isNotEmpty().noneMatch(line -> line.contains("!routing."));
        }
        assertThat(routedUnits).isPositive();
        // Held stock grew by the routed units less the unpaid holds those lines had (none in the demo's paid orders,
        // bundles hold their parts): at least the routed units.
        assertThat(reserved() - reservedBefore).isGreaterThanOrEqualTo(routedUnits);
        assertThat(dsl.fetchCount(dsl.selectFrom("stock_reservation").where("kind = 'ALLOCATED' AND released_at IS NULL")))
                .isPositive();
        run.decisions().stream().filter(d -> !d.routed()).forEach(d -> {
            assertThat(state(d.orderId())).isEqualTo("ON_HOLD");
            assertThat(dsl.fetchValue("SELECT hold_reason FROM orders WHERE id = " + d.orderId())).isEqualTo(d.holdCode());
        });
        // A second pass finds nothing new to route: routed orders no longer wait.
        assertThat(routing.route(null, false, "tester").summary().routed()).isZero();
    }

    @Test
    void aPersonsChoiceOfWarehouseSticksAndIsMarkedManual() {
        RouteDecision first = routing.route(null, false, "tester").decisions().stream().filter(RouteDecision::routed)
                .findFirst().orElseThrow();
        long chosen = first.shipments().get(0).siteId();
        List<Site> others = routing.network(null, null).sites().stream().filter(s -> s.id() != chosen).toList();
        RouteDecision overridden = null;
        for (Site other : others) {
            try {
                overridden = routing.reroute(first.orderId(), version(first.orderId()), other.id(), null, "lead");
                break;
            } catch (RefusedInputException e) {
                // this warehouse cannot ship it; nothing changed, try the next
                assertThat(state(first.orderId())).isEqualTo("ROUTED");
            }
        }
        assertThat(overridden).as("some other warehouse can ship the order").isNotNull();
        assertThat(overridden.shipments()).extracting(PlannedShipment::siteId).doesNotContain(chosen);
        assertThat(overridden.explanation().get(0).key()).isEqualTo("routing.reason.manual");
        List<Shipment> planned = routing.shipments(first.orderId()).stream()
                .filter(s -> s.status() == ShipmentStatus.PLANNED).toList();
        assertThat(planned).extracting(Shipment::warehouseId).doesNotContain(chosen);
        assertThat(dsl.fetchCount(dsl.selectFrom("shipment").where("order_id = " + first.orderId()
                + " AND status = 'PLANNED' AND manual_override"))).isEqualTo(planned.size());
        // The first route's holds were let go: only the new parcels' lines hold stock.
        assertThat(services.stockReservations().activeForOrder(first.orderId()))
                .filteredOn(r -> r.kind() == ReservationKind.ALLOCATED)
                .allSatisfy(r -> assertThat(r.warehouseId()).isNotEqualTo(chosen));
    }

    @Test
    void aChoiceThatCannotShipIsRefusedAndTheRouteStays() {
        RouteDecision first = routing.route(null, false, "tester").decisions().stream().filter(RouteDecision::routed)
                .findFirst().orElseThrow();
        List<Shipment> before = routing.shipments(first.orderId());

        int seen = version(first.orderId());
        assertThatThrownBy(() -> routing.reroute(first.orderId(), seen, null, -1L, "lead"))
                .isInstanceOf(RefusedInputException.class);

        assertThat(routing.shipments(first.orderId())).isEqualTo(before);
        assertThat(state(first.orderId())).isEqualTo("ROUTED");
    }

    private String state(long orderId) {
        return dsl.fetchValue("SELECT status FROM orders WHERE id = " + orderId).toString();
    }

    private long reserved() {
        return ((Number) dsl.fetchValue("SELECT COALESCE(SUM(reserved), 0) FROM stock_level")).longValue();
    }

    private Map<String, Integer> statuses() {
        return dsl.resultQuery("SELECT status, COUNT(*) FROM orders GROUP BY status").fetchMap(r -> r.get(0, String.class),
                r -> r.get(1, Integer.class));
    }

    private int planned() {
        return dsl.fetchCount(dsl.selectFrom("shipment").where("status = 'PLANNED'"));
    }

    /** The order's version as a person's screen would show it. */
    private int version(long orderId) {
        return ((Number) dsl.fetchValue("SELECT version FROM orders WHERE id = " + orderId)).intValue();
    }
}

package io.storedesk.orders;

import static io.storedesk.testing.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.common.MessageKey;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.orders.OrderReview.ReviewResult;
import io.storedesk.orders.review.MergeGroup;
import io.storedesk.orders.routing.AvailableStock;
import io.storedesk.orders.routing.OrderRouter;
import io.storedesk.orders.routing.RouteDecision;
import io.storedesk.orders.routing.RouteOrder;
import io.storedesk.orders.routing.RoutingEngine;
import io.storedesk.orders.routing.RoutingNetwork;
import io.storedesk.security.AuditEntry;
import io.storedesk.stock.PositionKey;
import io.storedesk.stock.ReservationKind;
import io.storedesk.stock.OpeningBalance;
import io.storedesk.stock.StockLedgerRepository;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review and merging as the desk runs them, then routing what they leave: a shop with one Guangzhou warehouse,
 * one carrier serving Guangdong, 10 tins of milk, and a buyer who ordered twice within an hour.
 */
class OrderReviewTest {

    private static final Instant PLACED = TestStores.DEMO_CLOCK.instant().minusSeconds(6 * 3600);

    private final Services services = TestStores.emptyInMemory();
    private final DSLContext dsl = services.store().dsl();
    private final OrderReview review = services.orderReview();
    private long channel;
    private long milk;
    private Map<String, Long> orders;

    @BeforeEach
    void shop() {
        Fixtures fixtures = new Fixtures(dsl);
        long guangzhou = fixtures.warehouse("WH-GZ", "广东省");
        channel = fixtures.channel("TM");
        milk = fixtures.skus("NF", "奶粉", "奶粉", "NF-1").get("NF-1");
        dsl.execute("UPDATE sku SET weight_grams = 900");
        new StockLedgerRepository(dsl).openPositions(List.of(new OpeningBalance(milk, guangzhou, 10, 0)), "test",
                PLACED.minusSeconds(86_400));
        CarrierRepository carriers = new CarrierRepository(dsl);
        long zto = carriers.insertCarriers(List.of(new Carrier(0, "ZTO", "中通快递", "STANDARD", 30_000,
                LocalTime.of(17, 0), true))).get("ZTO");
        carriers.insertRates(List.of(new io.storedesk.orders.CarrierRate(zto, "广东省", "广东省", 1000, cny("5"),
                cny("1"), 1)));
        OrderRepository repository = new OrderRepository(dsl);
        Map<ExternalKey, Long> ids = repository.insertOrders(List.of(
                order("A1", "王婷", "138****5678", null, 0, 2),
                order("A2", "王婷", "138****5678", null, 30, 1),
                order("B1", "李雷", "139****0000", "送人的，请不要放发货单", 10, 1)), done -> { });
        orders = Map.of("A1", id(ids, "A1"), "A2", id(ids, "A2"), "B1", id(ids, "B1"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theRulesHoldAnOrderWithANoteAndPassTheOthers() {
        ReviewResult result = review.reviewWaiting(null, "desk");

        assertThat(result.reviewed()).isEqualTo(3);
        assertThat(result.passed()).isEqualTo(2);
        assertThat(result.held()).containsExactly(Map.entry("BUYER_NOTE", 1));
        assertThat(status("B1")).isEqualTo("ON_HOLD");
        assertThat(dsl.fetchValue("SELECT hold_reason FROM orders WHERE external_id = 'B1'")).isEqualTo("BUYER_NOTE");
        List<String> note = RouteNotes.render(new Messages(Messages.ENGLISH),
                services.orderRouting().explanation(orders.get("B1")));
        assertThat(note).singleElement().asString().contains("送人的，请不要放发货单");
        assertThat(dsl.fetchCount(dsl.selectFrom("orders").where("reviewed_at IS NOT NULL"))).isEqualTo(3);
    }

    @Test
    void aReleasedHoldIsNotRaisedAgainAndTheOrderRoutes() {
        review.reviewWaiting(null, "desk");

        review.release(orders.get("B1"), "lead");
        review.reviewWaiting(null, "desk");

        assertThat(status("B1")).isEqualTo("PAID");
        List<RouteDecision> decisions = services.orderRouting().route(List.of(orders.get("B1")), false, "desk")
                .decisions();
        assertThat(decisions).singleElement().satisfies(d -> assertThat(d.routed()).isTrue());
        assertThat(status("B1")).isEqualTo("ROUTED");
        assertThatThrownBy(() -> review.release(orders.get("B1"), "lead")).isInstanceOf(RefusedInputException.class);
    }

    @Test
    void anOrderHeldByHandWaitsWithTheNameOfWhoHeldIt() {
        review.hold(orders.get("A1"), "lead");

        assertThat(status("A1")).isEqualTo("ON_HOLD");
        assertThat(services.orderRouting().explanation(orders.get("A1")))
                .extracting(MessageKey::key).containsExactly("orders.note.heldBy");
        // Routing all waiting orders leaves it alone.
        services.orderRouting().route(null, false, "desk");
        assertThat(status("A1")).isEqualTo("ON_HOLD");
    }

    @Test
    void twoOrdersOfOneBuyerToOneAddressMergeAndShipAsOneParcel() {
        List<MergeGroup> suggestions = review.mergeSuggestions();

        assertThat(suggestions).singleElement().satisfies(g -> {
            assertThat(g.targetOrderId()).isEqualTo(orders.get("A1"));
            assertThat(g.orderIds()).containsExactly(orders.get("A1"), orders.get("A2"));
        });
        assertThat(review.merge(suggestions.get(0), "desk")).isEqualTo(1);
        assertThat(status("A2")).isEqualTo("MERGED");

        RouteDecision a1 = services.orderRouting().route(null, false, "desk").decisions().stream()
                .filter(d -> d.orderId() == orders.get("A1")).findFirst().orElseThrow();

        // 2 + 1 tins from the one warehouse in one parcel; A2's line travels with A1.
        assertThat(a1.shipments()).singleElement().satisfies(p -> {
            assertThat(p.lineQuantities().values()).containsExactlyInAnyOrder(2, 1);
            assertThat(p.weightGrams()).isEqualTo(2700);
        });
        assertThat(status("A2")).isEqualTo("MERGED");
        assertThat(((Number) dsl.fetchValue("SELECT SUM(reserved) FROM stock_level WHERE sku_id = " + milk))
                .intValue()).isEqualTo(3);
    }

    @Test
    void routingOneMergedOrderByItsIdCarriesTheLinesOfTheOrdersMergedIntoIt() {
        review.merge(review.mergeSuggestions().get(0), "desk");

        List<RouteDecision> decisions = services.orderRouting().route(List.of(orders.get("A1")), false, "desk")
                .decisions();

        assertThat(decisions).singleElement().satisfies(a1 -> {
            assertThat(a1.orderId()).isEqualTo(orders.get("A1"));
            assertThat(a1.shipments()).singleElement().satisfies(p ->
                    assertThat(p.lineQuantities().values()).containsExactlyInAnyOrder(2, 1));
        });
        assertThat(status("A1")).isEqualTo("ROUTED");
        assertThat(status("A2")).isEqualTo("MERGED");
    }

    @Test
    void stockTakenMeanwhileTurnsOnlyTheOrdersItWasPlannedForIntoBackorders() {
        long guangzhou = ((Number) dsl.fetchValue("SELECT id FROM warehouse WHERE code = 'WH-GZ'")).longValue();
        // Another desk holds 9 of the 10 tins between the plan and its saving: one tin is left.
        OrderRouter otherDeskMeanwhile = new OrderRouter() {
            private final RoutingEngine engine = new RoutingEngine();

            @Override
            public RouteDecision route(RouteOrder order, RoutingNetwork network, AvailableStock stock, Instant now) {
                return engine.route(order, network, stock, now);
            }

            @Override
            public List<RouteDecision> routeAll(List<RouteOrder> orders, RoutingNetwork network, AvailableStock stock,
                                                Instant now) {
                List<RouteDecision> planned = engine.routeAll(orders, network, stock, now);
                services.stockReservations().reserve(new PositionKey(milk, guangzhou), null, null, 9,
                        ReservationKind.UNPAID, "other desk");
                return planned;
            }
        };
        OrderRouting routing = new OrderRouting(new RoutingRepository(dsl), new OrderRepository(dsl),
                new CarrierRepository(dsl), review, new RouteBooking(new RoutingRepository(dsl), new OrderRepository(dsl),
                services.stockReservations(), services.store(), TestStores.DEMO_CLOCK), services.store(),
                services.shop(), TestStores.DEMO_CLOCK, otherDeskMeanwhile, services.audit(), services.access());
        review.release(heldAfterReview("B1"), "lead");

        routing.route(null, false, "desk");

        // In paid order: A1 wants 2 (only 1 left: backorder), B1 wants 1 (routed), A2 wants 1 (none left).
        assertThat(status("A1")).isEqualTo("ON_HOLD");
        assertThat(status("B1")).isEqualTo("ROUTED");
        assertThat(status("A2")).isEqualTo("ON_HOLD");
        assertThat(dsl.fetchValues("SELECT hold_reason FROM orders WHERE external_id IN ('A1', 'A2')").stream()
                .map(Object::toString)).containsOnly("NO_STOCK");
        assertThat(((Number) dsl.fetchValue("SELECT reserved FROM stock_level WHERE sku_id = " + milk)).intValue())
                .isEqualTo(10);
        assertThat(services.stockReservations().activeForOrders(List.of(orders.get("A1"), orders.get("A2"))))
                .isEmpty();
        assertThat(dsl.fetchCount(dsl.selectFrom("shipment").where("status = 'PLANNED'"))).isEqualTo(1);
    }

    @Test
    void anOrderAnotherDeskHeldBetweenPlanAndSaveKeepsTheirHoldAndTheRestOfThePassIsSaved() {
        // Another desk holds A2 by hand after the pass read it: the pass must not route over their change.
        OrderRouter otherDeskMeanwhile = new OrderRouter() {
            private final RoutingEngine engine = new RoutingEngine();

            @Override
            public RouteDecision route(RouteOrder order, RoutingNetwork network, AvailableStock stock, Instant now) {
                return engine.route(order, network, stock, now);
            }

            @Override
            public List<RouteDecision> routeAll(List<RouteOrder> orders, RoutingNetwork network, AvailableStock stock,
                                                Instant now) {
                List<RouteDecision> planned = engine.routeAll(orders, network, stock, now);
                review.hold(OrderReviewTest.this.orders.get("A2"), "other desk");
                return planned;
            }
        };
        OrderRouting routing = new OrderRouting(new RoutingRepository(dsl), new OrderRepository(dsl),
                new CarrierRepository(dsl), review, new RouteBooking(new RoutingRepository(dsl), new OrderRepository(dsl),
                services.stockReservations(), services.store(), TestStores.DEMO_CLOCK), services.store(),
                services.shop(), TestStores.DEMO_CLOCK, otherDeskMeanwhile, services.audit(), services.access());
        review.release(heldAfterReview("B1"), "lead");

        OrderRouting.RoutingRun run = routing.route(null, false, "desk");

        assertThat(run.conflicts()).isEqualTo(1);
        assertThat(status("A1")).isEqualTo("ROUTED");
        assertThat(status("B1")).isEqualTo("ROUTED");
        assertThat(status("A2")).isEqualTo("ON_HOLD");
        assertThat(services.orderRouting().explanation(orders.get("A2")))
                .extracting(MessageKey::key).containsExactly("orders.note.heldBy");
        assertThat(services.stockReservations().activeForOrders(List.of(orders.get("A2")))).isEmpty();
        assertThat(dsl.fetchCount(dsl.selectFrom("shipment").where("order_id = " + orders.get("A2")))).isZero();
        assertThat(((Number) dsl.fetchValue("SELECT reserved FROM stock_level WHERE sku_id = " + milk)).intValue())
                .isEqualTo(3);
    }

    private long heldAfterReview(String number) {
        review.reviewWaiting(null, "desk");
        return orders.get(number);
    }

    private String status(String number) {
        return dsl.fetchValue("SELECT status FROM orders WHERE external_id = '" + number + "'").toString();
    }

    private long id(Map<ExternalKey, Long> ids, String number) {
        return ids.get(new ExternalKey(channel, number));
    }

    private Order order(String number, String name, String phone, String note, int minutesLater, int tins) {
        Instant placed = PLACED.plusSeconds(minutesLater * 60L);
        io.storedesk.common.Money unit = cny("100");
        OrderLine line = new OrderLine(0, 1, milk, "NF-1", "奶粉", LineKind.SALE, tins, unit, unit.times(tins), false,
                null);
        return new Order(0, channel, number, null, OrderStatus.PAID, false, placed, placed, 3, unit.times(tins),
                cny("0"), cny("0"), unit.times(tins), note, new Address(name, phone, "中国", "广东省", "广州市", "天河区",
                "中山路1号"), null, null, 0, List.of(line));
    }

    @Test
    void holdReleaseMergeRerouteAndRulesEachLeaveAnAuditEntryWithBeforeAndAfter() {
        long a1 = orders.get("A1");
        review.hold(a1, "lead");
        review.release(a1, "lead");
        assertThat(services.audit().history("order", String.valueOf(a1), 10))
                .extracting(AuditEntry::action, AuditEntry::user, e -> e.before().get("status"),
                        e -> e.after().get("status"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("order.release", "lead", "ON_HOLD", "PAID"),
                        org.assertj.core.groups.Tuple.tuple("order.hold", "lead", "PAID", "ON_HOLD"));

        review.merge(review.mergeSuggestions().get(0), "desk");
        assertThat(services.audit().history("order", String.valueOf(a1), 1)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("order.merge");
            assertThat(e.after()).containsEntry("mergedOrders", String.valueOf(orders.get("A2")))
                    .containsEntry("merged", "1");
        });

        long warehouse = ((Number) dsl.fetchValue("SELECT id FROM warehouse WHERE code = 'WH-GZ'")).longValue();
        services.orderRouting().reroute(a1, version(a1), warehouse, null, "lead");
        assertThat(services.audit().history("order", String.valueOf(a1), 1)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("order.reroute");
            assertThat(e.before()).containsEntry("shipments", "");
            assertThat(e.after()).containsEntry("warehouse", String.valueOf(warehouse))
                    .containsEntry("outcome", "ROUTED");
            assertThat(e.after().get("shipments")).startsWith(warehouse + "/");
        });

        review.saveMergePolicy(review.mergePolicy(), "boss");
        assertThat(services.audit().history("settings", "order.merge", 1)).singleElement()
                .satisfies(e -> assertThat(e.after()).isNotEmpty());
        assertThat(services.audit().verify().intact()).isTrue();
    }

    /** The order's version as a person's screen would show it. */
    private int version(long orderId) {
        return ((Number) dsl.fetchValue("SELECT version FROM orders WHERE id = " + orderId)).intValue();
    }
}

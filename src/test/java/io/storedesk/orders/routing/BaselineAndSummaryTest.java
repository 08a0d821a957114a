package io.storedesk.orders.routing;

import static io.storedesk.orders.routing.Fixture.GZ;
import static io.storedesk.orders.routing.Fixture.SH;
import static io.storedesk.orders.routing.Fixture.YTO;
import static io.storedesk.orders.routing.Fixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Shopify-style baseline and the figures RouteSummary draws from a batch of decisions. */
class BaselineAndSummaryTest {

    private final ShopifyStyleRouter baseline = new ShopifyStyleRouter();

    @Test
    void baselineTakesTheNearestWarehouseEvenWhenAFartherOneIsCheaper() {
        // 广州仓 is in the customer's province but its lanes are dear; 上海仓 by 圆通 costs 15.00.
        Fixture f = new Fixture().site(SH, "上海仓", "上海市", 1).site(GZ, "广州仓", "广东省", 2)
                .carrier(YTO, "圆通", 20_000, "16:00").rate(YTO, "上海市", "广东省", "15.00", "3.00", 3)
                .rate(YTO, "广东省", "广东省", "25.00", "3.00", 1).stock(1, SH, 5).stock(1, GZ, 5);
        RouteOrder order = Fixture.toShenzhen(1, line(1, 1, 1000));

        RouteDecision nearest = baseline.route(order, f.network(), f.stock, Fixture.NOW);
        RouteDecision engine = f.route(order);

        assertThat(nearest.shipments()).singleElement().extracting(PlannedShipment::siteId).isEqualTo(GZ);
        assertThat(nearest.explanation().get(0)).isEqualTo(Reason.because("nearestSite", "广州仓", "0", "广东省"));
        assertThat(engine.shipments()).singleElement().extracting(PlannedShipment::siteId).isEqualTo(SH);
    }

    @Test
    void baselineIgnoresThePromise() {
        Fixture f = Fixture.standard().stock(1, SH, 5);
        RouteOrder order = Fixture.order(1, "广东省", "深圳市", 2, line(1, 1, 1000));

        RouteDecision decision = baseline.route(order, f.network(), f.stock, Fixture.NOW);

        assertThat(decision.shipments()).singleElement().satisfies(s -> {
            assertThat(s.carrierId()).isEqualTo(YTO);
            assertThat(s.late()).isTrue();
        });
    }

    @Test
    void baselineHoldsWhatTheEngineHolds() {
        Fixture f = Fixture.standard().stock(1, SH, 5);
        RouteOrder order = Fixture.order(1, "西藏自治区", "拉萨市", null, line(1, 1, 1000));

        assertThat(baseline.route(order, f.network(), f.stock, Fixture.NOW)).isEqualTo(f.route(order));
    }

    @Test
    void summaryCountsRoutedSplitLateAndHeldOrders() {
        PlannedShipment a = shipment(SH, "18.00", false);
        PlannedShipment b = shipment(GZ, "5.50", true);
        List<RouteDecision> decisions = List.of(
                new RouteDecision(1, RouteOutcome.ROUTED, List.of(a), null, List.of()),
                new RouteDecision(2, RouteOutcome.ROUTED, List.of(a, b), null, List.of()),
                new RouteDecision(3, RouteOutcome.ROUTED, List.of(a, a), null, List.of()),
                RouteDecision.held(4, HoldCodes.NOT_COVERED, List.of()),
                RouteDecision.held(5, HoldCodes.NOT_COVERED, List.of()),
                RouteDecision.held(6, HoldCodes.NO_STOCK, List.of()));

        RouteSummary summary = RouteSummary.of(decisions);

        assertThat(summary.orders()).isEqualTo(6);
        assertThat(summary.routed()).isEqualTo(3);
        assertThat(summary.shipments()).isEqualTo(5);
        assertThat(summary.splitOrders()).as("two parcels from one warehouse are not a split").isEqualTo(1);
        assertThat(summary.totalCost()).isEqualTo(Money.of("77.50", "CNY"));
        assertThat(summary.lateShipments()).isEqualTo(1);
        assertThat(summary.holds()).isEqualTo(Map.of(HoldCodes.NOT_COVERED, 2));
        assertThat(summary.backorders()).isEqualTo(Map.of(HoldCodes.NO_STOCK, 1));
        assertThat(summary.notRouted()).isEqualTo(3);
    }

    @Test
    void summaryOfNothingIsZero() {
        RouteSummary summary = RouteSummary.of(List.of());

        assertThat(summary.totalCost()).isEqualTo(Money.zero("CNY"));
        assertThat(summary.splitShare()).isZero();
    }

    private static PlannedShipment shipment(long site, String cost, boolean late) {
        return new PlannedShipment(site, YTO, "经济", Map.of(1L, 1), 1000, Money.of(cost, "CNY"), Fixture.TODAY,
                Fixture.TODAY.plusDays(2), late);
    }
}

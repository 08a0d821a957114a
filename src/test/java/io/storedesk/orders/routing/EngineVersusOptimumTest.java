package io.storedesk.orders.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine against ExhaustiveRouter on 400 seeded random small instances (up to 6 lines, 5 warehouses). */
class EngineVersusOptimumTest {

    @Test
    void engineIsNearlyAlwaysAsGoodAsTheOptimum() {
        OptimumComparison result = OptimumComparison.run(1, 400);

        assertThat(result.compared()).as("instances with a plan of whole lines").isGreaterThan(250);
        assertThat(result.engineFailed()).as("routed by the optimum, not by the engine").isZero();
        assertThat(result.moreLate()).as("more late parcels than the optimum").isZero();
        assertThat(result.noMoreShipmentsShare()).as("no more parcels than the optimum").isGreaterThanOrEqualTo(0.98);
        assertThat(result.costWithinTwoPercentShare()).as("cost within 2 % of the optimum").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void exhaustiveRouterFindsTheHandWorkedOptimum() {
        // As RoutingEngineChoiceTest.prefersSingleWarehouseOverCheaperSplit: 上海仓 alone by 圆通, 18.00.
        Fixture f = Fixture.standard().stock(1, Fixture.SH, 5).stock(2, Fixture.SH, 5).stock(1, Fixture.GZ, 5)
                .stock(2, Fixture.CD, 5);
        RouteOrder order = Fixture.toShenzhen(1, Fixture.line(1, 1, 1000), Fixture.line(2, 1, 1000));

        RouteDecision optimum = new ExhaustiveRouter().route(order, f.network(), f.stock, Fixture.NOW).orElseThrow();

        assertThat(optimum.shipments()).singleElement().satisfies(s -> {
            assertThat(s.siteId()).isEqualTo(Fixture.SH);
            assertThat(s.carrierId()).isEqualTo(Fixture.YTO);
            assertThat(s.cost().amount().toPlainString()).isEqualTo("18.00");
        });
    }

    @Test
    void exhaustiveRouterGivesUpWhereOnlyAQuantitySplitRoutes() {
        Fixture f = Fixture.standard().stock(1, Fixture.SH, 3).stock(1, Fixture.GZ, 2);

        assertThat(new ExhaustiveRouter().route(Fixture.toShenzhen(1, Fixture.line(1, 5, 1000)), f.network(), f.stock,
                Fixture.NOW)).isEmpty();
    }
}

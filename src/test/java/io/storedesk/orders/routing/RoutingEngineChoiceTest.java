package io.storedesk.orders.routing;

import static io.storedesk.orders.routing.Fixture.CD;
import static io.storedesk.orders.routing.Fixture.GZ;
import static io.storedesk.orders.routing.Fixture.SF;
import static io.storedesk.orders.routing.Fixture.SH;
import static io.storedesk.orders.routing.Fixture.YTO;
import static io.storedesk.orders.routing.Fixture.line;
import static io.storedesk.orders.routing.Fixture.order;
import static io.storedesk.orders.routing.Fixture.toShenzhen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.storedesk.common.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which warehouses and carriers the engine picks, with prices worked out by hand from Fixture's rate sheet. */
class RoutingEngineChoiceTest {

    @Test
    void prefersSingleWarehouseOverCheaperSplit() {
        // 上海仓 alone: 2 kg by 圆通 = 15 + 3 = 18.00. Split 广州仓 (5.00) + 成都仓 (7.00) = 12.00, but two parcels.
        Fixture f = Fixture.standard().stock(1, SH, 5).stock(2, SH, 5).stock(1, GZ, 5).stock(2, CD, 5);

        RouteDecision decision = f.route(toShenzhen(1, line(1, 1, 1000), line(2, 1, 1000)));

        assertThat(decision.outcome()).isEqualTo(RouteOutcome.ROUTED);
        assertThat(decision.shipments()).singleElement().satisfies(s -> {
            assertThat(s.siteId()).isEqualTo(SH);
            assertThat(s.carrierId()).isEqualTo(YTO);
            assertThat(s.cost()).isEqualTo(Money.of("18.00", "CNY"));
            assertThat(s.lineQuantities()).isEqualTo(Map.of(1L, 1, 2L, 1));
            assertThat(s.weightGrams()).isEqualTo(2000);
        });
        assertThat(decision.explanation().get(0)).isEqualTo(Reason.because("onlySiteWithAll", "上海仓"));
    }

    @Test
    void cheapestOfTheWarehousesWithEverything() {
        Fixture f = Fixture.standard().stock(1, SH, 5).stock(1, GZ, 5);

        RouteDecision decision = f.route(toShenzhen(1, line(1, 1, 1000)));

        assertThat(decision.shipments()).singleElement().satisfies(s -> {
            assertThat(s.siteId()).isEqualTo(GZ);
            assertThat(s.cost()).isEqualTo(Money.of("5.00", "CNY"));
        });
        assertThat(decision.explanation()).containsSequence(
                Reason.because("cheapestSite", "广州仓", 2, "5.00", "上海仓", "15.00"),
                Reason.because("carrierCheaper", "圆通", "5.00", "顺丰", "8.00"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            promised, carrier, cost,  delivery,   late
                    , 20,      15.00, 2026-03-05, false
                   5, 20,      15.00, 2026-03-05, false
                   3, 20,      15.00, 2026-03-05, false
                   2, 10,      20.00, 2026-03-03, false
                   1, 10,      20.00, 2026-03-03, false
                   0, 20,      15.00, 2026-03-05, true
            """, useHeadersInDisplayName = true)
    void promisedDaysDecideBetweenCheapAndFast(Integer promised, long carrier, String cost, LocalDate delivery,
                                               boolean late) {
        Fixture f = Fixture.standard().stock(1, SH, 5);

        RouteDecision decision = f.route(order(1, "广东省", "深圳市", promised, line(1, 1, 1000)));

        assertThat(decision.shipments()).singleElement().satisfies(s -> {
            assertThat(s.carrierId()).isEqualTo(carrier);
            assertThat(s.cost()).isEqualTo(Money.of(cost, "CNY"));
            assertThat(s.estimatedDelivery()).isEqualTo(delivery);
            assertThat(s.late()).isEqualTo(late);
        });
    }

    @Test
    void cheaperCarrierLosesWhenItMissesThePromise() {
        Fixture f = Fixture.standard().stock(1, SH, 5);

        RouteDecision decision = f.route(order(1, "广东省", "深圳市", 2, line(1, 1, 1000)));

        assertThat(decision.shipments()).singleElement().extracting(PlannedShipment::carrierId).isEqualTo(SF);
        assertThat(decision.explanation())
                .contains(Reason.because("carrierBeatsLate", "顺丰", "20.00", "圆通", "15.00", 2));
    }

    @Test
    void fartherWarehouseWinsWhenOnlyItMeetsThePromise() {
        // 成都仓 is cheaper (顺丰 14.00) but takes 2 days; only 上海仓 by 顺丰 arrives the next day.
        Fixture f = Fixture.standard().stock(1, SH, 5).stock(1, CD, 5);

        RouteDecision decision = f.route(order(1, "广东省", "深圳市", 1, line(1, 1, 1000)));

        assertThat(decision.shipments()).singleElement().satisfies(s -> {
            assertThat(s.siteId()).isEqualTo(SH);
            assertThat(s.carrierId()).isEqualTo(SF);
            assertThat(s.late()).isFalse();
        });
        assertThat(decision.explanation().get(0)).isEqualTo(Reason.because("onlyFastEnoughSite", "上海仓", 2, 1));
    }

    @Test
    void excludedCityFallsBackToAnotherCarrier() {
        Fixture f = Fixture.standard().stock(1, SH, 5).exclude(YTO, "广东省", "深圳市", "偏远派送区");

        RouteDecision shenzhen = f.route(toShenzhen(1, line(1, 1, 1000)));
        RouteDecision guangzhou = f.route(order(2, "广东省", "广州市", null, line(1, 1, 1000)));

        assertThat(shenzhen.shipments()).singleElement().extracting(PlannedShipment::carrierId).isEqualTo(SF);
        assertThat(shenzhen.explanation()).contains(Reason.because("carrierOnly", "顺丰", 1000L, "上海仓", "广东省"),
                Reason.because("carrierExcludedBecause", "圆通", "深圳市", "偏远派送区"));
        assertThat(guangzhou.shipments()).singleElement().extracting(PlannedShipment::carrierId).isEqualTo(YTO);
    }

    @Test
    void splitsLinesWhenNoWarehouseHasThemAll() {
        Fixture f = Fixture.standard().stock(1, GZ, 5).stock(2, CD, 5);

        RouteDecision decision = f.route(toShenzhen(1, line(1, 1, 1000), line(2, 1, 1000)));

        assertThat(decision.shipments()).extracting(PlannedShipment::siteId, PlannedShipment::carrierId,
                s -> s.cost().amount().toPlainString()).containsExactly(
                tuple(GZ, YTO, "5.00"), tuple(CD, YTO, "7.00"));
        // Each warehouse's part comes just before the reason for its carrier.
        assertThat(decision.explanation()).startsWith(Reason.because("splitNoSingleSite", 2),
                Reason.because("splitPart", "广州仓", "SKU-1 × 1"),
                Reason.because("carrierCheaper", "圆通", "5.00", "顺丰", "8.00"),
                Reason.because("splitPart", "成都仓", "SKU-2 × 1"),
                Reason.because("carrierCheaper", "圆通", "7.00", "顺丰", "14.00"));
    }

    @Test
    void splitsAQuantityNoWarehouseHoldsInFull() {
        // 上海仓 3 kg by 圆通 = 15 + 2 × 3 = 21.00; 广州仓 2 kg by 圆通 = 5 + 1 = 6.00.
        Fixture f = Fixture.standard().stock(1, SH, 3).stock(1, GZ, 2);

        RouteDecision decision = f.route(toShenzhen(1, line(1, 5, 1000)));

        assertThat(decision.shipments()).extracting(PlannedShipment::siteId, s -> s.lineQuantities().get(1L),
                s -> s.cost().amount().toPlainString()).containsExactly(
                tuple(SH, 3, "21.00"), tuple(GZ, 2, "6.00"));
        assertThat(decision.explanation()).contains(Reason.because("quantitySplit", "SKU-1", 5, "上海仓 × 3, 广州仓 × 2"));
    }

    @Test
    void splitsWhenOnlyASplitMeetsThePromise() {
        // 上海仓 holds both lines but its only carrier takes 3 days; 广州仓 (1 day) and 成都仓 (2 days) are on time.
        Fixture f = new Fixture().site(SH, "上海仓", "上海市", 1).site(GZ, "广州仓", "广东省", 2)
                .site(CD, "成都仓", "四川省", 3).carrier(SF, "顺丰", 30_000, "18:00").carrier(YTO, "圆通", 20_000, "16:00")
                .rate(YTO, "上海市", "广东省", "15.00", "3.00", 3).rate(YTO, "广东省", "广东省", "5.00", "1.00", 1)
                .rate(SF, "四川省", "广东省", "14.00", "3.00", 2)
                .stock(1, SH, 5).stock(2, SH, 5).stock(1, GZ, 5).stock(2, CD, 5);

        RouteDecision decision = f.route(order(1, "广东省", "深圳市", 2, line(1, 1, 1000), line(2, 1, 1000)));

        assertThat(decision.shipments()).extracting(PlannedShipment::siteId).containsExactly(GZ, CD);
        assertThat(decision.shipments()).noneMatch(PlannedShipment::late);
        assertThat(decision.explanation().get(0)).isEqualTo(Reason.because("splitMeetsPromise", 2, 2));
    }

    @Test
    void heavyPartSplitsIntoParcels() {
        // 36 kg is over both limits: 24 kg (only 顺丰 takes it: 20 + 23 × 4 = 112.00) and 12 kg (圆通 15 + 11 × 3 = 48.00).
        Fixture f = Fixture.standard().stock(9, SH, 3);

        RouteDecision decision = f.route(toShenzhen(1, line(9, 3, 12_000)));

        assertThat(decision.shipments()).extracting(PlannedShipment::carrierId, PlannedShipment::weightGrams,
                s -> s.lineQuantities().get(9L), s -> s.cost().amount().toPlainString()).containsExactly(
                tuple(SF, 24_000, 2, "112.00"),
                tuple(YTO, 12_000, 1, "48.00"));
        assertThat(decision.explanation()).contains(Reason.because("parcels", "上海仓", 36_000L, 2));
    }

    @Test
    void provinceWrittenShortRoutesLikeTheFullName() {
        Fixture f = Fixture.standard().stock(1, GZ, 5);

        RouteDecision full = f.route(order(1, "广东省", "深圳市", null, line(1, 1, 1000)));
        RouteDecision shortName = f.route(order(1, "广东", "深圳市", null, line(1, 1, 1000)));

        assertThat(shortName.shipments()).isEqualTo(full.shipments());
    }

    @Test
    void channelShipsOnlyFromItsWarehouses() {
        Fixture f = Fixture.standard().stock(1, SH, 5).stock(1, GZ, 5).channel(7, SH);

        RouteDecision decision = f.route(new RouteOrder(1, 7, Fixture.PAID, 0, "广东省", "深圳市", null,
                List.of(line(1, 1, 1000))));

        assertThat(decision.shipments()).singleElement().extracting(PlannedShipment::siteId).isEqualTo(SH);
    }
}

package io.storedesk.orders.routing;

import static io.storedesk.orders.routing.Fixture.CD;
import static io.storedesk.orders.routing.Fixture.SH;
import static io.storedesk.orders.routing.Fixture.line;
import static io.storedesk.orders.routing.Fixture.order;
import static io.storedesk.orders.routing.Fixture.presale;
import static io.storedesk.orders.routing.Fixture.toShenzhen;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Orders the engine must not ship yet: each gets the right code and a reason naming the SKU or place. */
class RoutingEngineHoldTest {

    @ParameterizedTest
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            province,   skuId, grams, presale, quantity, code,             reason
            '',         1,     1000,  false,   1,        ADDRESS_UNPARSED, routing.reason.addressUnparsed
            ,           1,     1000,  false,   1,        ADDRESS_UNPARSED, routing.reason.addressUnparsed
            广东省,      ,      1000,  false,   1,        UNKNOWN_SKU,      routing.reason.unknownSku
            广东省,      1,     ,      false,   1,        MISSING_WEIGHT,   routing.reason.missingWeight
            广东省,      1,     1000,  true,    1,        PRESALE_ONLY,     routing.reason.presaleOnly
            广东省,      1,     1000,  false,   0,        NOTHING_TO_SHIP,  routing.reason.nothingToShip
            西藏自治区,   1,     1000,  false,   1,        NOT_COVERED,      routing.reason.notCovered
            Atlantis,   1,     1000,  false,   1,        NOT_COVERED,      routing.reason.notCovered
            广东省,      1,     1000,  false,   9,        NO_STOCK,         routing.reason.noStock
            广东省,      1,     35000, false,   1,        NOT_COVERED,      routing.reason.tooHeavy
            广东省,      2,     1000,  false,   1,        NO_STOCK,         routing.reason.noStock
            """)
    void badInputHoldsWithTheRightCode(String province, Long skuId, Integer grams, boolean presale, int quantity,
                                       String code, String reason) {
        Fixture f = Fixture.standard().stock(1, SH, 5);
        RouteOrder order = new RouteOrder(1, 1, Fixture.PAID, 0, province, "深圳市", null,
                List.of(new RouteLine(1, skuId, "SKU-X", quantity, grams, presale)));

        RouteDecision decision = f.route(order);

        assertThat(decision.holdCode()).isEqualTo(code);
        assertThat(decision.outcome()).isEqualTo(HoldCodes.outcomeOf(code));
        assertThat(decision.shipments()).isEmpty();
        assertThat(decision.explanation()).extracting(Reason::key).contains(reason);
    }

    @Test
    void backorderNamesTheShortSkuAndWhatIsThere() {
        Fixture f = Fixture.standard().stock(1, SH, 3).stock(2, SH, 5).stock(1, CD, 1);

        RouteDecision decision = f.route(toShenzhen(1, line(1, 5, 1000), line(2, 1, 1000)));

        assertThat(decision.outcome()).isEqualTo(RouteOutcome.BACKORDER);
        assertThat(decision.explanation()).containsExactly(Reason.because("noStock", "SKU-1", 5, 4L));
    }

    @Test
    void rateCardGapHoldsNotCovered() {
        // 圆通 and 顺丰 both serve 广东省 from 上海市 and 广东省, but nobody has a 四川省 → 浙江省 lane.
        Fixture f = Fixture.standard().rate(Fixture.SF, "上海市", "浙江省", "12.00", "2.00", 1).stock(1, CD, 5);

        RouteDecision decision = f.route(order(1, "浙江省", "杭州市", null, line(1, 1, 1000)));

        assertThat(decision.holdCode()).isEqualTo(HoldCodes.NOT_COVERED);
        assertThat(decision.explanation()).containsExactly(Reason.because("notCoveredSku", "SKU-1", "浙江省 杭州市"));
    }

    @Test
    void everyCarrierExcludedHoldsNotCovered() {
        Fixture f = Fixture.standard().stock(1, SH, 5).exclude(Fixture.SF, "广东省", null, "停运")
                .exclude(Fixture.YTO, "广东", "深圳市", "偏远");

        RouteDecision decision = f.route(toShenzhen(1, line(1, 1, 1000)));

        assertThat(decision.holdCode()).isEqualTo(HoldCodes.NOT_COVERED);
        assertThat(decision.explanation()).containsExactly(Reason.because("notCovered", "广东省 深圳市"));
    }

    @Test
    void channelWithoutWarehousesHoldsNotCovered() {
        Fixture f = Fixture.standard().stock(1, SH, 5).channel(9);

        RouteDecision decision = f.route(new RouteOrder(1, 9, Fixture.PAID, 0, "广东省", null, null,
                List.of(line(1, 1, 1000))));

        assertThat(decision.holdCode()).isEqualTo(HoldCodes.NOT_COVERED);
        assertThat(decision.explanation()).containsExactly(Reason.because("noSiteForChannel", "9"));
    }

    @Test
    void unknownSkuNamesTheLineAndCode() {
        RouteDecision decision = Fixture.standard().stock(1, SH, 5).route(toShenzhen(1, line(1, 1, 1000),
                new RouteLine(77, null, "GHOST-1", 1, 500, false)));

        assertThat(decision.holdCode()).isEqualTo(HoldCodes.UNKNOWN_SKU);
        assertThat(decision.explanation()).containsExactly(Reason.because("unknownSku", "77", "GHOST-1"));
    }

    @Test
    void mixedPresaleRoutesInStockLinesOnly() {
        Fixture f = Fixture.standard().stock(1, SH, 5);

        RouteDecision decision = f.route(toShenzhen(1, line(1, 2, 1000), presale(5, 1, 800)));

        assertThat(decision.outcome()).isEqualTo(RouteOutcome.ROUTED);
        assertThat(decision.shipments()).singleElement().extracting(PlannedShipment::lineQuantities)
                .isEqualTo(Map.of(1L, 2));
        assertThat(decision.explanation()).contains(Reason.because("presaleLeft", "5", "SKU-5", 1));
    }

    @Test
    void linesWithoutQuantityAreLeftOut() {
        Fixture f = Fixture.standard().stock(1, SH, 5);

        RouteDecision decision = f.route(toShenzhen(1, line(1, 1, 1000), line(2, 0, 1000), line(3, -2, 1000)));

        assertThat(decision.shipments()).singleElement().extracting(PlannedShipment::lineQuantities)
                .isEqualTo(Map.of(1L, 1));
        assertThat(decision.explanation()).contains(Reason.because("zeroQuantity", "2", "SKU-2"),
                Reason.because("zeroQuantity", "3", "SKU-3"));
    }

    @Test
    void twoLinesOfOneSkuShareItsStock() {
        // 3 units in 上海仓 cannot serve 2 + 2; together with 广州仓's 1 they can.
        Fixture f = Fixture.standard().stock(1, SH, 3).stock(1, Fixture.GZ, 1);

        RouteDecision decision = f.route(toShenzhen(1, line(1, 2, 1000), new RouteLine(2, 1L, "SKU-1", 2, 1000,
                false)));

        assertThat(decision.outcome()).isEqualTo(RouteOutcome.ROUTED);
        assertThat(decision.shipments()).extracting(PlannedShipment::siteId).containsExactly(SH, Fixture.GZ);
        int shipped = decision.shipments().stream().mapToInt(s -> s.lineQuantities().values().stream()
                .mapToInt(Integer::intValue).sum()).sum();
        assertThat(shipped).isEqualTo(4);
    }
}

package io.storedesk.orders.routing;

import static io.storedesk.orders.routing.Fixture.SH;
import static io.storedesk.orders.routing.Fixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cutoffs, ship dates and the promise deadline, read in the network's zone (Asia/Shanghai). */
class ShippingTimeTest {

    @ParameterizedTest
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            now,   carrier, shipDate,   delivery
            09:00, 20,      2026-03-02, 2026-03-05
            15:59, 20,      2026-03-02, 2026-03-05
            16:00, 20,      2026-03-03, 2026-03-06
            23:59, 20,      2026-03-03, 2026-03-06
            """)
    void parcelsLeaveTodayOnlyBeforeTheCutoff(String now, long carrier, LocalDate shipDate, LocalDate delivery) {
        // No promise: 圆通 (cutoff 16:00, 3 days, 15.00) stays cheaper than 顺丰 whatever the hour.
        Fixture f = Fixture.standard().stock(1, SH, 5);

        RouteDecision decision = new RoutingEngine().route(Fixture.toShenzhen(1, line(1, 1, 1000)), f.network(),
                f.stock, Fixture.at(now));

        assertThat(decision.shipments()).singleElement().satisfies(s -> {
            assertThat(s.carrierId()).isEqualTo(carrier);
            assertThat(s.shipDate()).isEqualTo(shipDate);
            assertThat(s.estimatedDelivery()).isEqualTo(delivery);
        });
    }

    @Test
    void afterCutoffShipsNextDay() {
        Fixture f = Fixture.standard().stock(1, SH, 5);

        RouteDecision decision = new RoutingEngine().route(Fixture.toShenzhen(1, line(1, 1, 1000)), f.network(),
                f.stock, Fixture.at("17:00"));

        assertThat(decision.shipments()).singleElement().extracting(PlannedShipment::shipDate)
                .isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(decision.explanation()).contains(Reason.because("afterCutoff", "圆通", "16:00", "2026-03-03"));
    }

    @ParameterizedTest
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            now,   paidAt,           promised, carrier, late
            10:00, 2026-03-02T09:00, 3,        20,      false
            17:00, 2026-03-02T09:00, 3,        10,      false
            10:00, 2026-03-01T20:00, 3,        10,      false
            10:00, ,                 3,        20,      false
            17:00, ,                 4,        20,      false
            10:00, 2026-02-25T09:00, 3,        20,      true
            """)
    void theDeadlineCountsFromTheLocalPaymentDate(String now, LocalDateTime paidAt, int promised, long carrier,
                                                  boolean late) {
        // 圆通 arrives 3 days after it leaves (which is tomorrow from 16:00); 顺丰 arrives the next day.
        Fixture f = Fixture.standard().stock(1, SH, 5);
        Instant paid = paidAt == null ? null : paidAt.atZone(Fixture.ZONE).toInstant();
        RouteOrder order = new RouteOrder(1, 1, paid, 0, "广东省", "深圳市", promised, List.of(line(1, 1, 1000)));

        RouteDecision decision = new RoutingEngine().route(order, f.network(), f.stock, Fixture.at(now));

        assertThat(decision.shipments()).singleElement().satisfies(s -> {
            assertThat(s.carrierId()).isEqualTo(carrier);
            assertThat(s.late()).isEqualTo(late);
        });
    }

    @Test
    void lateParcelIsExplainedWithBothDates() {
        Fixture f = Fixture.standard().stock(1, SH, 5);
        RouteOrder order = Fixture.order(1, "广东省", "深圳市", 0, line(1, 1, 1000));

        RouteDecision decision = f.route(order);

        assertThat(decision.explanation()).contains(Reason.because("lateShipment", "上海仓", "圆通", "2026-03-05",
                "2026-03-02"));
    }
}

package io.storedesk.dashboard;

import static io.storedesk.testing.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.common.Money;
import io.storedesk.orders.Address;
import io.storedesk.orders.ExternalKey;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderLine;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.Refund;
import io.storedesk.orders.RefundKind;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.ShopSettings;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every figure below is computed by hand from the orders written in setUp. */
class DashboardServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final Services services = TestStores.emptyInMemory();
    private final OrderRepository orders = new OrderRepository(services.store().dsl());
    private long channel;
    private Map<ExternalKey, Long> ids;

    @BeforeEach
    void setUp() {
        Fixtures fixtures = new Fixtures(services.store().dsl());
        channel = fixtures.channel("TMALL");
        ids = orders.insertOrders(List.of(
                // In the period: 2 x 100 sold, a 20 coupon (not a sold line).
                order("A", at(2026, 11, 19, 10, 0), line(1, 2, "100.00", LineKind.SALE),
                        line(2, 1, "-20.00", LineKind.DISCOUNT)),
                // In the period: its last half hour, in the shop's zone.
                order("B", at(2026, 11, 20, 23, 30), line(1, 1, "50.00", LineKind.SALE)),
                // The next day in Shanghai: outside.
                order("C", at(2026, 11, 21, 0, 30), line(1, 5, "10.00", LineKind.SALE)),
                // The previous 30 days.
                order("D", at(2026, 10, 20, 12, 0), line(1, 3, "10.00", LineKind.SALE)),
                // Only a discount line and a zero-price gift: no sold line, so not an order.
                order("E", at(2026, 11, 18, 9, 0), line(1, 1, "-5.00", LineKind.DISCOUNT),
                        line(2, 1, "0.00", LineKind.SALE))), done -> { });
        orders.insertRefunds(List.of(new Refund(0, ids.get(new ExternalKey(channel, "A")), null, null, "R1",
                RefundKind.RETURN, 1, cny("30.00"), "SIZE", at(2026, 11, 20, 10, 0))));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void figuresOfThePeriodFollowTheirDefinitions() {
        DashboardOverview overview = service().lastDays(30);

        assertThat(overview.period()).isEqualTo(new Period(LocalDate.of(2026, 10, 22), TODAY));
        KpiSummary now = overview.current();
        assertThat(now.gmv()).isEqualByComparingTo("250.00");
        assertThat(now.orders()).isEqualTo(2);
        assertThat(now.units()).isEqualTo(3);
        assertThat(now.refunds()).isEqualByComparingTo("30.00");
        assertThat(now.aov()).contains(new BigDecimal("125.00"));
        assertThat(now.refundRate()).contains(new BigDecimal("0.1200"));
    }

    @Test
    void previousPeriodIsTheSameLengthRightBefore() {
        KpiSummary before = service().lastDays(30).previous();
        assertThat(before.gmv()).isEqualByComparingTo("30.00");
        assertThat(before.orders()).isEqualTo(1);
        assertThat(Change.relative(new BigDecimal("250.00"), before.gmv())).contains(new BigDecimal("7.3333"));
    }

    @Test
    void daysAreSplitByChannelNewestFirst() {
        List<DailySales> days = service().lastDays(30).days();
        assertThat(days).extracting(DailySales::day).containsExactly(TODAY, TODAY.minusDays(1));
        assertThat(days.get(0).figures().gmv()).isEqualByComparingTo("50.00");
        assertThat(days.get(0).figures().refunds()).isEqualByComparingTo("30.00");
    }

    private DashboardService service() {
        Clock clock = Clock.fixed(at(2026, 11, 20, 23, 59), SHANGHAI);
        return new DashboardService(new KpiRepository(services.store().dsl()),
                new ShopSettings(new SettingsRepository(services.store().dsl())), clock);
    }

    private Order order(String number, Instant placed, OrderLine... lines) {
        Money total = List.of(lines).stream().map(OrderLine::amount).reduce(cny("0"), Money::plus);
        return new Order(0, channel, number, null, OrderStatus.DELIVERED, false, placed, placed, 3, total, cny("0"),
                cny("0"), total, null, new Address(null, null, "中国", "上海市", "上海市", null, "x"), null, null, 0,
                List.of(lines));
    }

    private static OrderLine line(int no, int quantity, String price, LineKind kind) {
        Money unit = cny(price);
        return new OrderLine(0, no, null, "X" + no, null, kind, quantity, unit, unit.times(quantity), false, null);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }
}

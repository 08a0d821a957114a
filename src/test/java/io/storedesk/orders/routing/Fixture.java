package io.storedesk.orders.routing;

import io.storedesk.common.Money;
import io.storedesk.orders.Carrier;
import io.storedesk.orders.CarrierExclusion;
import io.storedesk.orders.CarrierRate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small network the routing tests read like a rate sheet. The standard one: warehouses 上海仓 (1, 上海市,
 * priority 1), 广州仓 (2, 广东省, 2), 成都仓 (3, 四川省, 3); carriers 顺丰 (10, max 30 kg, cutoff 18:00) and
 * 圆通 (20, max 20 kg, cutoff 16:00), both first kilogram then per started kilogram:
 * <pre>
 *            to 广东省             顺丰                 圆通
 *   from 上海市              20.00 + 4.00/kg, 1 d   15.00 + 3.00/kg, 3 d
 *   from 广东省               8.00 + 1.00/kg, 1 d    5.00 + 1.00/kg, 1 d
 *   from 四川省              14.00 + 3.00/kg, 2 d    7.00 + 2.00/kg, 4 d
 * </pre>
 * "Today" is Monday 2 March 2026, 10:00 in Asia/Shanghai; orders are paid at 09:00 unless a test says otherwise.
 */
final class Fixture {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = at("10:00");
    static final Instant PAID = at("09:00");
    static final long SH = 1;
    static final long GZ = 2;
    static final long CD = 3;
    static final long SF = 10;
    static final long YTO = 20;

    final List<Site> sites = new ArrayList<>();
    final Map<Long, Carrier> carriers = new LinkedHashMap<>();
    final Map<Long, List<CarrierRate>> rates = new HashMap<>();
    final Map<Long, List<CarrierExclusion>> exclusions = new HashMap<>();
    final Map<Long, Set<Long>> channels = new HashMap<>();
    final AvailableStock stock = new AvailableStock();

    static Fixture standard() {
        Fixture f = new Fixture()
                .site(SH, "上海仓", "上海市", 1).site(GZ, "广州仓", "广东省", 2).site(CD, "成都仓", "四川省", 3)
                .carrier(SF, "顺丰", 30_000, "18:00").carrier(YTO, "圆通", 20_000, "16:00");
        f.rate(SF, "上海市", "广东省", "20.00", "4.00", 1).rate(YTO, "上海市", "广东省", "15.00", "3.00", 3);
        f.rate(SF, "广东省", "广东省", "8.00", "1.00", 1).rate(YTO, "广东省", "广东省", "5.00", "1.00", 1);
        f.rate(SF, "四川省", "广东省", "14.00", "3.00", 2).rate(YTO, "四川省", "广东省", "7.00", "2.00", 4);
        return f;
    }

    static Instant at(String localTime) {
        return LocalDateTime.of(TODAY, LocalTime.parse(localTime)).atZone(ZONE).toInstant();
    }

    Fixture site(long id, String name, String province, int priority) {
        sites.add(new Site(id, "W" + id, name, province, priority));
        return this;
    }

    Fixture carrier(long id, String name, int maxGrams, String cutoff) {
        carriers.put(id, new Carrier(id, name.toUpperCase(), name, name + "标准", maxGrams, LocalTime.parse(cutoff),
                true));
        return this;
    }

    /** First kilogram at first, each started extra kilogram at perKg. */
    Fixture rate(long carrier, String from, String to, String first, String perKg, int days) {
        rates.computeIfAbsent(carrier, k -> new ArrayList<>()).add(new CarrierRate(carrier, from, to, 1000,
                Money.of(first, "CNY"), Money.of(perKg, "CNY"), days));
        return this;
    }

    Fixture exclude(long carrier, String province, String city, String reason) {
        exclusions.computeIfAbsent(carrier, k -> new ArrayList<>()).add(new CarrierExclusion(carrier, province, city,
                reason));
        return this;
    }

    Fixture stock(long sku, long site, int units) {
        stock.set(sku, site, units);
        return this;
    }

    Fixture channel(long channel, Long... sites) {
        channels.put(channel, Set.of(sites));
        return this;
    }

    RoutingNetwork network() {
        List<CarrierCard> cards = new ArrayList<>();
        carriers.forEach((id, carrier) -> cards.add(new CarrierCard(carrier, rates.getOrDefault(id, List.of()),
                exclusions.getOrDefault(id, List.of()))));
        return new RoutingNetwork(sites, cards, channels, ZONE);
    }

    RouteDecision route(RouteOrder order) {
        return new RoutingEngine().route(order, network(), stock, NOW);
    }

    /** A line of SKU sku ("SKU-sku"), line id = sku unless the test needs two lines of one SKU. */
    static RouteLine line(long sku, int quantity, int grams) {
        return new RouteLine(sku, sku, "SKU-" + sku, quantity, grams, false);
    }

    static RouteLine presale(long sku, int quantity, int grams) {
        return new RouteLine(sku, sku, "SKU-" + sku, quantity, grams, true);
    }

    static RouteOrder order(long id, String province, String city, Integer promisedDays, RouteLine... lines) {
        return new RouteOrder(id, 1, PAID, 0, province, city, promisedDays, Arrays.asList(lines));
    }

    static RouteOrder toShenzhen(long id, RouteLine... lines) {
        return order(id, "广东省", "深圳市", null, lines);
    }
}

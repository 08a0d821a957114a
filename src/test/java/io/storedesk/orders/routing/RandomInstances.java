package io.storedesk.orders.routing;

import io.storedesk.common.Money;
import io.storedesk.orders.Carrier;
import io.storedesk.orders.CarrierExclusion;
import io.storedesk.orders.CarrierRate;
import io.storedesk.orders.Province;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random routing inputs for the property test and the benchmarks: networks whose prices and transit
 * days grow with distance (express carriers faster and dearer than economy ones), lanes with gaps, the odd
 * city exclusion, promises, stock spread unevenly over warehouses. The same seed always gives the same input.
 */
public final class RandomInstances {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime DAY = LocalDateTime.of(2026, 3, 2, 0, 0);
    private static final Province[] WAREHOUSE_PROVINCES = {Province.SHANGHAI, Province.GUANGDONG, Province.BEIJING,
            Province.SICHUAN, Province.HUBEI, Province.ZHEJIANG, Province.SHAANXI, Province.LIAONING, Province.HENAN,
            Province.FUJIAN, Province.JIANGSU, Province.YUNNAN};
    private static final String[] CITIES = {"中心城区", "东区", "西区", "新区", "县城"};

    private RandomInstances() {
    }

    /** One order with its own network and stock. */
    public record Instance(RouteOrder order, RoutingNetwork network, AvailableStock stock, Instant now) {
    }

    /** Many orders over one network and one stock. */
    public record Batch(List<RouteOrder> orders, RoutingNetwork network, AvailableStock stock, Instant now) {
    }

    /** A small instance: up to 6 lines, 2–5 warehouses, 1–4 carriers, one destination. */
    public static Instance small(long seed) {
        Random r = new Random(seed);
        Province destination = Province.values()[r.nextInt(Province.values().length)];
        RoutingNetwork network = network(r, 2 + r.nextInt(4), 1 + r.nextInt(4), new Province[] {destination}, 0.85);
        int lines = 1 + r.nextInt(6);
        AvailableStock stock = new AvailableStock();
        List<RouteLine> orderLines = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            int quantity = 1 + r.nextInt(3);
            int grams = r.nextInt(10) == 0 ? 8_000 + r.nextInt(12_000) : 100 + r.nextInt(5_000);
            orderLines.add(new RouteLine(l + 1, (long) l + 1, "S" + (l + 1), quantity, grams, false));
            for (Site site : network.sites()) {
                int roll = r.nextInt(20);
                stock.set(l + 1, site.id(), roll < 10 ? quantity + r.nextInt(3) : roll < 13 ? r.nextInt(quantity) : 0);
            }
        }
        Instant now = DAY.plusHours(8 + r.nextInt(14)).plusMinutes(r.nextInt(60)).atZone(ZONE).toInstant();
        Integer promised = r.nextInt(5) < 2 ? null : 1 + r.nextInt(4);
        RouteOrder order = new RouteOrder(seed, 1, now.minusSeconds(r.nextInt(36 * 3600)), 0,
                destination.fullName(), CITIES[r.nextInt(CITIES.length)], promised, orderLines);
        return new Instance(order, network, stock, now);
    }

    /**
     * A shop's day: orders of 1–5 lines (3 on average) to all 31 provinces, SKUs drawn with a long tail, a few
     * presale and unknown lines, promises on half the orders, one channel restricted to some warehouses.
     */
    public static Batch batch(int orders, int sites, int carriers, long seed) {
        Random r = new Random(seed);
        RoutingNetwork network = network(r, sites, carriers, Province.values(), 0.95);
        int skus = Math.max(50, orders / 20);
        AvailableStock stock = new AvailableStock();
        // Stock follows demand (SKU = skus * u^2 makes demand fall off as 1/sqrt): 1.3 times the expected
        // units of the day on average, spread over about 60 % of the warehouses, so a few SKUs still run out.
        double unitsPerSku = orders * 3 * 1.25 / skus;
        for (int sku = 1; sku <= skus; sku++) {
            double demand = unitsPerSku / (2 * Math.sqrt((sku - 0.5) / skus));
            for (Site site : network.sites()) {
                if (r.nextInt(10) < 6) {
                    double share = 1.3 * demand / (0.6 * network.sites().size());
                    stock.set(sku, site.id(), (int) Math.round(share * (0.5 + r.nextDouble())));
                }
            }
        }
        int[] weights = new int[skus + 1];
        for (int sku = 1; sku <= skus; sku++) {
            weights[sku] = r.nextInt(20) == 0 ? 5_000 + r.nextInt(20_000) : 50 + r.nextInt(3_000);
        }
        Instant now = DAY.plusHours(15).atZone(ZONE).toInstant();
        List<RouteOrder> list = new ArrayList<>(orders);
        long lineId = 1;
        for (int o = 1; o <= orders; o++) {
            int lines = 1 + r.nextInt(5);
            List<RouteLine> orderLines = new ArrayList<>(lines);
            for (int l = 0; l < lines; l++) {
                double u = r.nextDouble();
                long sku = 1 + (long) (skus * u * u);
                boolean unknown = r.nextInt(1000) < 3;
                orderLines.add(new RouteLine(lineId++, unknown ? null : sku, "SKU-" + sku, r.nextInt(4) == 0 ? 2 : 1,
                        weights[(int) sku], r.nextInt(50) == 0));
            }
            Province to = Province.values()[r.nextInt(Province.values().length)];
            Instant paid = r.nextInt(100) == 0 ? null : now.minusSeconds(r.nextInt(2 * 86_400));
            list.add(new RouteOrder(o, 1 + r.nextInt(3), paid, r.nextInt(3), to.fullName(),
                    CITIES[r.nextInt(CITIES.length)], r.nextBoolean() ? 2 + r.nextInt(4) : null, orderLines));
        }
        return new Batch(list, network, stock, now);
    }

    private static RoutingNetwork network(Random r, int siteCount, int carrierCount, Province[] destinations,
                                          double laneShare) {
        List<Site> sites = new ArrayList<>();
        List<Province> origins = new ArrayList<>(List.of(WAREHOUSE_PROVINCES));
        for (int s = 0; s < siteCount; s++) {
            Province p = origins.remove(r.nextInt(origins.size()));
            sites.add(new Site(s + 1, "W" + (s + 1), p.shortName() + "仓", p.fullName(), 1 + r.nextInt(3)));
        }
        List<CarrierCard> cards = new ArrayList<>();
        int[] limits = {10_000, 20_000, 30_000, 50_000};
        for (int c = 0; c < carrierCount; c++) {
            long id = 100 + c;
            boolean express = r.nextInt(3) == 0;
            Carrier carrier = new Carrier(id, "C" + c, "快递" + c, express ? "特快" : "经济",
                    limits[r.nextInt(limits.length)], LocalTime.of(15 + r.nextInt(6), 0), true);
            List<CarrierRate> rates = new ArrayList<>();
            for (Site site : sites) {
                for (Province to : destinations) {
                    if (r.nextDouble() < laneShare) {
                        rates.add(rate(r, id, site.province(), to, express));
                    }
                }
            }
            List<CarrierExclusion> exclusions = new ArrayList<>();
            if (r.nextInt(4) == 0) {
                Province p = destinations[r.nextInt(destinations.length)];
                exclusions.add(new CarrierExclusion(id, p.fullName(), CITIES[r.nextInt(CITIES.length)], "偏远"));
            }
            cards.add(new CarrierCard(carrier, rates, exclusions));
        }
        // Channel 2 may ship from the first half of the warehouses only.
        Set<Long> half = new java.util.HashSet<>();
        for (int s = 0; s < Math.max(1, siteCount / 2); s++) {
            half.add(sites.get(s).id());
        }
        return new RoutingNetwork(sites, cards, Map.of(2L, half), ZONE);
    }

    private static CarrierRate rate(Random r, long carrier, String from, Province to, boolean express) {
        double km = ProvinceCapitals.distanceKm(from, to.fullName());
        double tier = express ? 1.8 : 1.0;
        double first = (5 + km / 250) * tier * (0.85 + 0.3 * r.nextDouble());
        double perKg = (1 + km / 500) * tier * (0.85 + 0.3 * r.nextDouble());
        int days = Math.max(1, (int) Math.round(km / 700)) + (express ? 0 : 1 + r.nextInt(2));
        int firstGrams = r.nextInt(4) == 0 ? 500 : r.nextInt(5) == 0 ? 3_000 : 1_000;
        return new CarrierRate(carrier, from, to.fullName(), firstGrams, yuan(first), yuan(perKg), days);
    }

    private static Money yuan(double amount) {
        return new Money(BigDecimal.valueOf(Math.round(amount * 100), 2), Money.CNY);
    }
}

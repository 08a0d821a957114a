package io.storedesk.demo;

import io.storedesk.common.Money;
import io.storedesk.demo.DemoReference.Carrier;
import io.storedesk.demo.DemoReference.Exclusion;
import io.storedesk.demo.DemoReference.Warehouse;
import io.storedesk.orders.CarrierRate;
import io.storedesk.orders.Province;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every carrier's rate card from each warehouse province to each destination province, priced by
 * distance zone with a small per-origin difference (carriers price each origin on its own).
 */
final class DemoRateCards {

    private static final double[] ORIGIN_ADJUSTMENTS = {-0.5, 0, 0, 0.5, 1};

    private final Map<String, CarrierRate> lanes = new LinkedHashMap<>();

    DemoRateCards() {
        DemoRandom random = new DemoRandom(DemoShop.SEED, "rates");
        for (Carrier carrier : DemoReference.CARRIERS) {
            for (Warehouse warehouse : DemoReference.WAREHOUSES) {
                double adjustment = ORIGIN_ADJUSTMENTS[random.between(0, ORIGIN_ADJUSTMENTS.length - 1)];
                for (Province destination : Province.values()) {
                    if (carrier.noLanes().contains(destination)) {
                        continue;
                    }
                    int zone = DemoReference.zone(warehouse.province(), destination);
                    double first = Math.max(2.5, carrier.firstPrice()[zone] + adjustment);
                    CarrierRate rate = new CarrierRate(0, warehouse.province().fullName(), destination.fullName(), 1000,
                            money(first), money(carrier.extraPerKg()[zone]), carrier.transitDays()[zone]);
                    lanes.put(key(carrier.code(), warehouse.province(), destination), rate);
                }
            }
        }
    }

    Optional<CarrierRate> lane(Carrier carrier, Province origin, Province destination) {
        return Optional.ofNullable(lanes.get(key(carrier.code(), origin, destination)));
    }

    void write(DemoFiles files) {
        DemoTable carriers = files.table("carriers.csv", "code", "name", "service", "max_weight_grams", "cutoff_time");
        DemoReference.CARRIERS.forEach(c -> carriers.add(c.code(), c.name(), c.service(), c.maxWeightGrams(),
                c.cutoff()));
        DemoTable rates = files.table("carrier_rates.csv", "carrier_code", "origin_province", "destination_province",
                "first_weight_grams", "first_price", "extra_price_per_kg", "transit_days");
        lanes.forEach((key, r) -> rates.add(key.substring(0, key.indexOf('|')), r.originProvince(),
                r.destinationProvince(), r.firstWeightGrams(), r.firstPrice().amount(), r.extraPricePerKg().amount(),
                r.transitDays()));
        DemoTable exclusions = files.table("carrier_exclusions.csv", "carrier_code", "province", "city", "reason");
        for (Carrier c : DemoReference.CARRIERS) {
            for (Exclusion e : c.exclusions()) {
                exclusions.add(c.code(), e.province().fullName(), e.city(), e.reason());
            }
        }
    }

    private static String key(String carrier, Province origin, Province destination) {
        return carrier + "|" + origin.name() + "|" + destination.name();
    }

    private static Money money(double amount) {
        return new Money(DemoFormat.money(amount), DemoShop.CURRENCY);
    }

    static BigDecimal priceOf(CarrierRate rate, int weightGrams) {
        return rate.priceFor(weightGrams).amount();
    }
}

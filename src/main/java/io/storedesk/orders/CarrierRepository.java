package io.storedesk.orders;

import static io.storedesk.store.schema.Tables.CARRIER;
import static io.storedesk.store.schema.Tables.CARRIER_EXCLUSION;
import static io.storedesk.store.schema.Tables.CARRIER_RATE;
import static org.jooq.impl.DSL.inline;

import io.storedesk.common.Money;
import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.CarrierExclusionRecord;
import io.storedesk.store.schema.tables.records.CarrierRateRecord;
import io.storedesk.store.schema.tables.records.CarrierRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Records;

/** Carriers, their rate cards by province lane, and the places they do not serve. */
public final class CarrierRepository {

    private final DSLContext dsl;

    public CarrierRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<String, Long> insertCarriers(List<Carrier> carriers) {
        BulkInsert.insert(dsl, carriers.stream().map(c -> {
            CarrierRecord r = dsl.newRecord(CARRIER);
            r.setCode(c.code());
            r.setName(c.name());
            r.setService(c.service());
            r.setMaxWeightGrams(c.maxWeightGrams());
            r.setCutoffTime(c.cutoffTime());
            r.setActive(c.active());
            return r;
        }).toList());
        return dsl.select(CARRIER.CODE, CARRIER.ID).from(CARRIER).fetchMap(CARRIER.CODE, CARRIER.ID);
    }

    public List<Carrier> carriers() {
        return dsl.select(CARRIER.ID, CARRIER.CODE, CARRIER.NAME, CARRIER.SERVICE, CARRIER.MAX_WEIGHT_GRAMS,
                        CARRIER.CUTOFF_TIME, CARRIER.ACTIVE)
                .from(CARRIER).orderBy(CARRIER.CODE).fetch(Records.mapping(Carrier::new));
    }

    public void insertRates(List<CarrierRate> rates) {
        BulkInsert.insert(dsl, rates.stream().map(this::toRecord).toList());
    }

    /** Stores new lanes, attributed to the user. */
    public void insertRates(List<CarrierRate> rates, String user) {
        BulkInsert.insert(dsl, rates.stream().map(rate -> {
            CarrierRateRecord r = toRecord(rate);
            r.setUpdatedBy(user);
            return r;
        }).toList());
    }

    /** The stored lanes of the carriers with these codes, by lane. */
    public Map<RateLane, StoredRate> storedRates(Collection<String> carrierCodes) {
        Map<RateLane, StoredRate> result = new HashMap<>();
        if (carrierCodes.isEmpty()) {
            return result;
        }
        dsl.select(CARRIER.CODE, CARRIER_RATE.ID, CARRIER_RATE.CARRIER_ID, CARRIER_RATE.ORIGIN_PROVINCE,
                        CARRIER_RATE.DESTINATION_PROVINCE, CARRIER_RATE.FIRST_WEIGHT_GRAMS, CARRIER_RATE.FIRST_PRICE,
                        CARRIER_RATE.EXTRA_PRICE_PER_KG, CARRIER_RATE.CURRENCY, CARRIER_RATE.TRANSIT_DAYS,
                        CARRIER_RATE.VERSION)
                .from(CARRIER_RATE).join(CARRIER).on(CARRIER.ID.eq(CARRIER_RATE.CARRIER_ID))
                .where(CARRIER.CODE.in(new LinkedHashSet<>(carrierCodes)))
                .forEach(r -> {
                    String currency = r.get(CARRIER_RATE.CURRENCY);
                    CarrierRate rate = new CarrierRate(r.get(CARRIER_RATE.CARRIER_ID),
                            r.get(CARRIER_RATE.ORIGIN_PROVINCE), r.get(CARRIER_RATE.DESTINATION_PROVINCE),
                            r.get(CARRIER_RATE.FIRST_WEIGHT_GRAMS), new Money(r.get(CARRIER_RATE.FIRST_PRICE), currency),
                            new Money(r.get(CARRIER_RATE.EXTRA_PRICE_PER_KG), currency),
                            r.get(CARRIER_RATE.TRANSIT_DAYS));
                    StoredRate stored = new StoredRate(r.get(CARRIER_RATE.ID), r.get(CARRIER.CODE), rate,
                            r.get(CARRIER_RATE.VERSION));
                    result.put(stored.lane(), stored);
                });
        return result;
    }

    /**
     * Writes new prices over lanes that still carry the version the caller read; the ids of the others
     * (changed meanwhile by someone else) are returned, and those lanes are left untouched.
     */
    public List<Long> updateRates(List<StoredRate> rates, String user, Instant at) {
        if (rates.isEmpty()) {
            return List.of();
        }
        var batch = dsl.batch(dsl.update(CARRIER_RATE)
                .set(CARRIER_RATE.FIRST_WEIGHT_GRAMS, (Integer) null)
                .set(CARRIER_RATE.FIRST_PRICE, (BigDecimal) null)
                .set(CARRIER_RATE.EXTRA_PRICE_PER_KG, (BigDecimal) null)
                .set(CARRIER_RATE.CURRENCY, (String) null)
                .set(CARRIER_RATE.TRANSIT_DAYS, (Integer) null)
                .set(CARRIER_RATE.UPDATED_AT, (Instant) null).set(CARRIER_RATE.UPDATED_BY, (String) null)
                .set(CARRIER_RATE.VERSION, CARRIER_RATE.VERSION.plus(inline(1)))
                .where(CARRIER_RATE.ID.eq((Long) null)).and(CARRIER_RATE.VERSION.eq((Integer) null)));
        for (StoredRate s : rates) {
            CarrierRate r = s.rate();
            batch = batch.bind(r.firstWeightGrams(), r.firstPrice().amount(), r.extraPricePerKg().amount(),
                    r.firstPrice().currency(), r.transitDays(), at, user, s.id(), s.version());
        }
        int[] counts = batch.execute();
        List<Long> stale = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                stale.add(rates.get(i).id());
            }
        }
        return stale;
    }

    public void deleteRates(Collection<Long> ids) {
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1_000) {
            dsl.deleteFrom(CARRIER_RATE).where(CARRIER_RATE.ID.in(all.subList(from, Math.min(all.size(), from + 1_000))))
                    .execute();
        }
    }

    public List<CarrierRate> rates(long carrierId) {
        return dsl.selectFrom(CARRIER_RATE).where(CARRIER_RATE.CARRIER_ID.eq(carrierId))
                .orderBy(CARRIER_RATE.ORIGIN_PROVINCE, CARRIER_RATE.DESTINATION_PROVINCE)
                .fetch(r -> new CarrierRate(r.getCarrierId(), r.getOriginProvince(), r.getDestinationProvince(),
                        r.getFirstWeightGrams(), new Money(r.getFirstPrice(), r.getCurrency()),
                        new Money(r.getExtraPricePerKg(), r.getCurrency()), r.getTransitDays()));
    }

    public void insertExclusions(List<CarrierExclusion> exclusions) {
        BulkInsert.insert(dsl, exclusions.stream().map(e -> {
            CarrierExclusionRecord r = dsl.newRecord(CARRIER_EXCLUSION);
            r.setCarrierId(e.carrierId());
            r.setProvince(e.province());
            r.setCity(e.city());
            r.setReason(e.reason());
            return r;
        }).toList());
    }

    public List<CarrierExclusion> exclusions(long carrierId) {
        return dsl.select(CARRIER_EXCLUSION.CARRIER_ID, CARRIER_EXCLUSION.PROVINCE, CARRIER_EXCLUSION.CITY,
                        CARRIER_EXCLUSION.REASON)
                .from(CARRIER_EXCLUSION).where(CARRIER_EXCLUSION.CARRIER_ID.eq(carrierId))
                .orderBy(CARRIER_EXCLUSION.PROVINCE, CARRIER_EXCLUSION.CITY)
                .fetch(Records.mapping(CarrierExclusion::new));
    }

    private CarrierRateRecord toRecord(CarrierRate rate) {
        CarrierRateRecord r = dsl.newRecord(CARRIER_RATE);
        r.setCarrierId(rate.carrierId());
        r.setOriginProvince(rate.originProvince());
        r.setDestinationProvince(rate.destinationProvince());
        r.setFirstWeightGrams(rate.firstWeightGrams());
        r.setFirstPrice(rate.firstPrice().amount());
        r.setExtraPricePerKg(rate.extraPricePerKg().amount());
        r.setCurrency(rate.firstPrice().currency());
        r.setTransitDays(rate.transitDays());
        return r;
    }
}

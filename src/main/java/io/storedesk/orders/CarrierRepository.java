package io.storedesk.orders;

import static io.storedesk.store.schema.Tables.CARRIER;
import static io.storedesk.store.schema.Tables.CARRIER_EXCLUSION;
import static io.storedesk.store.schema.Tables.CARRIER_RATE;

import io.storedesk.common.Money;
import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.CarrierExclusionRecord;
import io.storedesk.store.schema.tables.records.CarrierRateRecord;
import io.storedesk.store.schema.tables.records.CarrierRecord;
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
        BulkInsert.insert(dsl, rates.stream().map(rate -> {
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
        }).toList());
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
}

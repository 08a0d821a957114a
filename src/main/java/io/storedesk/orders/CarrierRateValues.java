package io.storedesk.orders;

import io.storedesk.common.Money;
import io.storedesk.importing.FieldChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lane's prices as a text map, keyed by the import's field names: what import jobs record as before and
 * after, what undo restores from, and what the preview shows as changes.
 */
final class CarrierRateValues {

    private CarrierRateValues() {
    }

    static Map<String, String> of(CarrierRate rate) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(CarrierRateImport.FIRST_WEIGHT, String.valueOf(rate.firstWeightGrams()));
        // Money keeps one form per value (18.00, never 18.0000), so equal prices compare equal as text.
        m.put(CarrierRateImport.FIRST_PRICE, rate.firstPrice().amount().toPlainString());
        m.put(CarrierRateImport.EXTRA_PRICE, rate.extraPricePerKg().amount().toPlainString());
        m.put(CarrierRateImport.CURRENCY, rate.firstPrice().currency());
        m.put(CarrierRateImport.TRANSIT_DAYS, String.valueOf(rate.transitDays()));
        return m;
    }

    /** The rate a job's values describe, on the given lane. */
    static CarrierRate rate(long carrierId, String origin, String destination, Map<String, String> m) {
        String currency = m.get(CarrierRateImport.CURRENCY);
        return new CarrierRate(carrierId, origin, destination, Integer.parseInt(m.get(CarrierRateImport.FIRST_WEIGHT)),
                new Money(new BigDecimal(m.get(CarrierRateImport.FIRST_PRICE)), currency),
                new Money(new BigDecimal(m.get(CarrierRateImport.EXTRA_PRICE)), currency),
                Integer.parseInt(m.get(CarrierRateImport.TRANSIT_DAYS)));
    }

    /** The fields whose values differ, in field order. */
    static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changes.add(new FieldChange(field, before.get(field), value));
            }
        });
        return changes;
    }
}

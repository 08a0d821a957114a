package io.storedesk.orders;

import io.storedesk.common.Money;

/** One lane of a rate card: first weight at a fixed price, then a price per started extra kilogram. */
public record CarrierRate(long carrierId, String originProvince, String destinationProvince, int firstWeightGrams,
                          Money firstPrice, Money extraPricePerKg, int transitDays) {

    /** The price of a parcel of the given weight on this lane. */
    public Money priceFor(int weightGrams) {
        if (weightGrams <= firstWeightGrams) {
            return firstPrice;
        }
        int extraGrams = weightGrams - firstWeightGrams;
        long startedKilograms = (extraGrams + 999) / 1000;
        return firstPrice.plus(extraPricePerKg.times(startedKilograms));
    }
}

package io.storedesk.orders.routing;

import io.storedesk.orders.Carrier;
import io.storedesk.orders.CarrierRate;

/** One rate of an active carrier from one warehouse to one province, with its price in ten-thousandths. */
final class Lane {

    final int carrier;
    final Carrier card;
    final int transitDays;
    final int maxWeight;
    final String currency;
    private final int firstWeight;
    private final long firstPrice;
    private final long extraPerKg;

    Lane(int carrier, Carrier card, CarrierRate rate) {
        this.carrier = carrier;
        this.card = card;
        this.transitDays = rate.transitDays();
        this.maxWeight = card.maxWeightGrams();
        this.currency = rate.firstPrice().currency();
        this.firstWeight = rate.firstWeightGrams();
        this.firstPrice = Amounts.units(rate.firstPrice());
        this.extraPerKg = Amounts.units(rate.extraPricePerKg());
    }

    /** CarrierRate.priceFor in ten-thousandths: first weight, then each started extra kilogram. */
    long price(long weightGrams) {
        if (weightGrams <= firstWeight) {
            return firstPrice;
        }
        return firstPrice + extraPerKg * ((weightGrams - firstWeight + 999) / 1000);
    }
}

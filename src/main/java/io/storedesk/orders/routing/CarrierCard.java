package io.storedesk.orders.routing;

import io.storedesk.orders.Carrier;
import io.storedesk.orders.CarrierExclusion;
import io.storedesk.orders.CarrierRate;
import java.util.List;

/** A carrier with its rate card (one rate per lane) and the places it does not deliver to. */
public record CarrierCard(Carrier carrier, List<CarrierRate> rates, List<CarrierExclusion> exclusions) {

    public CarrierCard {
        rates = rates == null ? List.of() : List.copyOf(rates);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }
}

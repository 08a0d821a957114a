package io.storedesk.orders.routing;

import io.storedesk.common.Money;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One parcel the router plans: from a warehouse by a carrier, with the units of each order line (by line id). */
public record PlannedShipment(long siteId, long carrierId, String service, Map<Long, Integer> lineQuantities,
                              int weightGrams, Money cost, LocalDate shipDate, LocalDate estimatedDelivery,
                              boolean late) {

    public PlannedShipment {
        // Insertion order kept: lines read in the order they appear on the order.
        lineQuantities = Collections.unmodifiableMap(new LinkedHashMap<>(lineQuantities));
    }
}

package io.storedesk.orders;

import io.storedesk.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One parcel of an order: from one warehouse with one carrier. quantities maps order-line ids to the
 * units in this parcel. id 0 = not yet stored.
 */
public record Shipment(long id, long orderId, long warehouseId, Long carrierId, String service, ShipmentStatus status,
                       String trackingNo, Integer weightGrams, Money estimatedCost, LocalDate estimatedDelivery,
                       String explanation, Instant shippedAt, Instant deliveredAt, Map<Long, Integer> quantities) {

    public Shipment {
        quantities = Map.copyOf(quantities);
    }
}

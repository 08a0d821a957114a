package io.storedesk.orders;

import io.storedesk.common.MessageKey;
import java.util.List;

/** A parcel of an order as the order detail shows it: named warehouse and carrier, whether a person chose it, why. */
public record OrderParcel(Shipment shipment, String warehouseCode, String carrierName, boolean manual,
                          List<MessageKey> explanation) {

    public OrderParcel {
        explanation = List.copyOf(explanation);
    }
}

package io.storedesk.orders;

import io.storedesk.common.MessageKey;
import java.util.List;

/**
 * One order as the routing desk looks at it: the order, its channel and buyer, its goods lines with the stock of
 * every warehouse (warehouseCodes, in order of preference), its parcels, and the stored explanation of its route
 * or hold (message keys, read in each desk's language).
 */
public record OrderDetail(Order order, String channelName, String buyerName, List<String> warehouseCodes,
                          List<LineStock> lines, List<OrderParcel> parcels, List<MessageKey> explanation) {

    public OrderDetail {
        warehouseCodes = List.copyOf(warehouseCodes);
        lines = List.copyOf(lines);
        parcels = List.copyOf(parcels);
        explanation = List.copyOf(explanation);
    }
}

package io.storedesk.orders;

import java.util.List;

/**
 * An order in the inbox with its channel's code, the parcels it ships in (not cancelled) and their warehouses'
 * codes.
 */
public record InboxRow(OrderRow order, String channelCode, int parcels, List<String> warehouses) {

    public InboxRow {
        warehouses = List.copyOf(warehouses);
    }

    public long id() {
        return order.id();
    }

    public OrderStatus status() {
        return order.status();
    }
}

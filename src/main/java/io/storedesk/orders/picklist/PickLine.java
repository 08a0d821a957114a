package io.storedesk.orders.picklist;

import java.util.List;

/** One row of a warehouse's pick list: a SKU, the units to take off the shelf, and the orders they go to. */
public record PickLine(String skuCode, String title, int quantity, List<String> orderNumbers) {

    public PickLine {
        orderNumbers = List.copyOf(orderNumbers);
    }
}

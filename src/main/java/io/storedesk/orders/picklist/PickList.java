package io.storedesk.orders.picklist;

import java.util.List;

/** What one warehouse has to pick, a row per SKU in code order. */
public record PickList(String warehouseCode, String warehouseName, List<PickLine> lines) {

    public PickList {
        lines = List.copyOf(lines);
    }

    public int units() {
        return lines.stream().mapToInt(PickLine::quantity).sum();
    }

    /** The distinct orders this warehouse ships from the list. */
    public long orders() {
        return lines.stream().flatMap(l -> l.orderNumbers().stream()).distinct().count();
    }
}

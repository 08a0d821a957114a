package io.storedesk.orders;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An order line with the units available to it in each warehouse (on hand less reserved, the order's own holds
 * counted back), by warehouse code in the warehouses' order of preference; a bundle counts the complete sets its
 * parts make there.
 */
public record LineStock(OrderLine line, Map<String, Integer> available) {

    public LineStock {
        available = Collections.unmodifiableMap(new LinkedHashMap<>(available));
    }

    /** Whether the warehouse has every unit of the line. */
    public boolean covers(String warehouseCode) {
        return available.getOrDefault(warehouseCode, 0) >= line.quantity();
    }
}

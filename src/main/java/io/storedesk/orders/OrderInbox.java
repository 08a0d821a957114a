package io.storedesk.orders;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One answer of the order inbox: the newest matching orders (up to the limit asked), how many match in all, and
 * how many match every filter but the status, by status (the counts a person switches between).
 */
public record OrderInbox(List<InboxRow> rows, long total, Map<OrderStatus, Integer> counts) {

    public OrderInbox {
        rows = List.copyOf(rows);
        EnumMap<OrderStatus, Integer> all = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0));
        }
        counts = Collections.unmodifiableMap(all);
    }

    /** Orders matching every filter but the status. */
    public int countAll() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}

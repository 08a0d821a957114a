package io.storedesk.orders.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Orders that can ship as one parcel: the target (the earliest placed) absorbs the others. orderIds holds all of
 * them, target first, in placed order; reasonKey and args make the sentence that explains why.
 */
public record MergeGroup(long targetOrderId, List<Long> orderIds, String reasonKey, List<Object> args) {

    public MergeGroup {
        orderIds = List.copyOf(orderIds);
        if (orderIds.size() < 2 || orderIds.get(0) != targetOrderId) {
            throw new IllegalArgumentException("a merge needs at least two orders, the target first: " + orderIds);
        }
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** The orders that merge into the target. */
    public List<Long> mergedOrderIds() {
        return orderIds.subList(1, orderIds.size());
    }
}

package io.storedesk.orders;

import io.storedesk.orders.routing.RouteLine;
import io.storedesk.orders.routing.RouteOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order waiting for routing as stored: the router's view of it (lines of orders merged into it included),
 * with what saving the route must still find (status and version), whether the review rules have passed it,
 * and the orders merged into it.
 */
public record RoutingCandidate(RouteOrder route, String number, OrderStatus status, String holdReason, int version,
                               Instant reviewedAt, List<Long> mergedOrderIds) {

    public RoutingCandidate {
        mergedOrderIds = List.copyOf(mergedOrderIds);
    }

    public long orderId() {
        return route.orderId();
    }

    /** Collects one order's lines as the repository reads them. */
    static final class Builder {

        final long orderId;
        final List<RouteLine> lines = new ArrayList<>();
        private final long channelId;
        private final OrderStatus status;
        private final String holdReason;
        private final int version;
        private final Instant paidAt;
        private final String province;
        private final String city;
        private final Integer promisedDays;
        private final Instant reviewedAt;
        private final String number;

        Builder(long orderId, long channelId, OrderStatus status, String holdReason, int version, Instant paidAt,
                String province, String city, Integer promisedDays, Instant reviewedAt, String number) {
            this.number = number;
            this.orderId = orderId;
            this.channelId = channelId;
            this.status = status;
            this.holdReason = holdReason;
            this.version = version;
            this.paidAt = paidAt;
            this.province = province;
            this.city = city;
            this.promisedDays = promisedDays;
            this.reviewedAt = reviewedAt;
        }

        RoutingCandidate build(List<Long> merged) {
            return new RoutingCandidate(new RouteOrder(orderId, channelId, paidAt, 0, province, city, promisedDays,
                    lines), number, status, holdReason, version, reviewedAt, merged);
        }
    }
}

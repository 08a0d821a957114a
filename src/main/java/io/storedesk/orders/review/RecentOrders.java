package io.storedesk.orders.review;

import io.storedesk.orders.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link PhoneActivity} over orders in memory, for tests and batch review of an import. */
final class RecentOrders implements PhoneActivity {

    private final Map<String, List<Order>> byPhone = new HashMap<>();

    RecentOrders(Collection<Order> orders) {
        for (Order o : orders) {
            String phone = phoneOf(o);
            if (!phone.isEmpty() && o.placedAt() != null) {
                byPhone.computeIfAbsent(phone, k -> new ArrayList<>()).add(o);
            }
        }
    }

    @Override
    public int otherOrdersWithin(Order order, Duration window) {
        String phone = phoneOf(order);
        Instant end = order.placedAt();
        if (phone.isEmpty() || end == null) {
            return 0;
        }
        Instant start = end.minus(window);
        int count = 0;
        for (Order o : byPhone.getOrDefault(phone, List.of())) {
            if (!same(o, order) && !o.placedAt().isBefore(start) && !o.placedAt().isAfter(end)) {
                count++;
            }
        }
        return count;
    }

    // Orders not yet stored all have id 0, so only the very same object is the order itself.
    private static boolean same(Order a, Order b) {
        return a == b || a.id() != 0 && a.id() == b.id();
    }

    static String phoneOf(Order order) {
        return order.shipTo() == null ? "" : Phones.key(order.shipTo().phone());
    }
}

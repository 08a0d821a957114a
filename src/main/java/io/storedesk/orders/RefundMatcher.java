package io.storedesk.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what a cancellation gives money back for: the buyer's latest purchase of the same code made no
 * later than the cancellation, preferring one with enough left to refund. Codes that are not goods
 * (postage, fees...) fall back to the buyer's latest earlier order.
 */
final class RefundMatcher {

    /** What a cancellation line refunds; exceeds when more is refunded than was left on that line. */
    record Match(RefundTarget target, boolean sameLine, boolean exceeds) {
    }

    private static final Comparator<RefundTarget> LATEST_FIRST =
            Comparator.comparing(RefundTarget::placedAt).reversed();

    private final Map<String, Map<String, List<RefundTarget>>> byBuyerAndCode = new HashMap<>();
    private final Map<String, List<RefundTarget>> byBuyer = new HashMap<>();
    private boolean sorted;

    void add(String customer, RefundTarget target) {
        byBuyerAndCode.computeIfAbsent(customer, c -> new HashMap<>())
                .computeIfAbsent(target.skuCode(), c -> new ArrayList<>()).add(target);
        byBuyer.computeIfAbsent(customer, c -> new ArrayList<>()).add(target);
        sorted = false;
    }

    /** A goods line needs a purchase of its own code; other codes may refund any earlier order. */
    Optional<Match> match(String customer, String code, Instant at, long quantity, boolean goods) {
        sortOnce();
        List<RefundTarget> sameCode = byBuyerAndCode.getOrDefault(customer, Map.of()).getOrDefault(code, List.of());
        RefundTarget latest = null;
        for (RefundTarget t : sameCode) {
            if (t.placedAt().isAfter(at)) {
                continue;
            }
            if (latest == null) {
                latest = t;
            }
            if (t.remaining() >= quantity) {
                t.take(quantity);
                return Optional.of(new Match(t, true, false));
            }
        }
        if (latest != null) {
            boolean exceeds = latest.remaining() < quantity;
            latest.take(quantity);
            return Optional.of(new Match(latest, true, exceeds));
        }
        if (goods) {
            return Optional.empty();
        }
        return byBuyer.getOrDefault(customer, List.of()).stream().filter(t -> !t.placedAt().isAfter(at)).findFirst()
                .map(t -> new Match(t, false, false));
    }

    private void sortOnce() {
        if (!sorted) {
            byBuyerAndCode.values().forEach(codes -> codes.values().forEach(list -> list.sort(LATEST_FIRST)));
            byBuyer.values().forEach(list -> list.sort(LATEST_FIRST));
            sorted = true;
        }
    }
}

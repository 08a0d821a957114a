package io.storedesk.orders.review;

import io.storedesk.orders.OrderStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds orders to ship together: not yet routed (paid or on hold), same channel, same buyer (the same customer,
 * or for guests the same receiver name and phone), same address by mergeKey, each placed within the window of
 * the one before it, presale and in-stock orders kept apart (a presale waits; it must not hold back the rest).
 */
public final class MergeFinder {

    public static final String REASON_SUGGESTED = "review.merge.suggested";

    private static final Comparator<MergeCandidate> PLACED = Comparator.comparing(MergeCandidate::placedAt)
            .thenComparingLong(MergeCandidate::orderId);

    /** Groups of two orders or more, by their target's placed time then id: the same input, the same output. */
    public List<MergeGroup> find(List<MergeCandidate> candidates, Duration window) {
        Objects.requireNonNull(window, "window");
        Map<String, List<MergeCandidate>> byParcel = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (MergeCandidate c : candidates) {
            String parcel = parcelKey(c);
            if (parcel != null && seen.add(c.orderId())) {
                byParcel.computeIfAbsent(parcel, k -> new ArrayList<>()).add(c);
            }
        }
        List<List<MergeCandidate>> chains = new ArrayList<>();
        for (List<MergeCandidate> parcel : byParcel.values()) {
            parcel.sort(PLACED);
            List<MergeCandidate> chain = new ArrayList<>();
            for (MergeCandidate c : parcel) {
                if (!chain.isEmpty() && Duration.between(chain.get(chain.size() - 1).placedAt(), c.placedAt())
                        .compareTo(window) > 0) {
                    chains.add(chain);
                    chain = new ArrayList<>();
                }
                chain.add(c);
            }
            chains.add(chain);
        }
        return chains.stream().filter(chain -> chain.size() >= 2)
                .sorted(Comparator.comparing(chain -> chain.get(0), PLACED))
                .map(MergeFinder::group).toList();
    }

    /** Orders with the same key may share a parcel; null for orders that never merge. */
    private static String parcelKey(MergeCandidate c) {
        boolean unshipped = c.status() == OrderStatus.PAID || c.status() == OrderStatus.ON_HOLD;
        if (!unshipped || c.placedAt() == null || c.mergeKey() == null || Text.key(c.mergeKey()).isEmpty()) {
            return null;
        }
        String buyer;
        if (c.customerId() != null) {
            buyer = "customer:" + c.customerId();
        } else {
            // A guest is known only by name and phone; without both, two guests could be anyone.
            String name = Text.key(c.receiverName());
            String phone = Phones.key(c.receiverPhone());
            if (name.isEmpty() || phone.isEmpty()) {
                return null;
            }
            buyer = "guest:" + name + "/" + phone;
        }
        return c.channelId() + "\n" + buyer + "\n" + c.mergeKey() + "\n" + c.presale();
    }

    private static MergeGroup group(List<MergeCandidate> chain) {
        MergeCandidate target = chain.get(0);
        List<Long> ids = chain.stream().map(MergeCandidate::orderId).toList();
        String name = target.receiverName() == null ? "" : Text.fold(target.receiverName());
        return new MergeGroup(target.orderId(), ids, REASON_SUGGESTED, List.of(ids.size(), name));
    }
}

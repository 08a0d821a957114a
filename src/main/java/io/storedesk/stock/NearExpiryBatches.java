package io.storedesk.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The batches that expire within the policy's near-expiry days (already expired ones included) and still
 * hold stock, per position, each position's in first-expiry-first-out order (equal expiry: by batch number,
 * then id, so the order never depends on the input's).
 */
final class NearExpiryBatches {

    static final Comparator<Batch> FIRST_EXPIRY_FIRST = Comparator.comparing(Batch::expiryDate)
            .thenComparing(Batch::batchNo, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Batch::id);

    private NearExpiryBatches() {
    }

    static Map<PositionKey, List<Batch>> byPosition(List<Batch> batches, LocalDate today, int nearExpiryDays) {
        Map<PositionKey, List<Batch>> byPosition = new HashMap<>();
        for (Batch b : batches) {
            if (b.quantity() > 0 && b.expiryDate() != null && daysToExpiry(b, today) <= nearExpiryDays) {
                byPosition.computeIfAbsent(new PositionKey(b.skuId(), b.warehouseId()), k -> new ArrayList<>()).add(b);
            }
        }
        byPosition.values().forEach(list -> list.sort(FIRST_EXPIRY_FIRST));
        return byPosition;
    }

    /** 0 = expires today, negative = expired. */
    static long daysToExpiry(Batch batch, LocalDate today) {
        return batch.expiryDate().toEpochDay() - today.toEpochDay();
    }
}

package io.storedesk.stock;

import java.time.LocalDate;
import java.util.List;

/**
 * What to sell off of batches that expire soon. Demand sells the position's batches first-expiry-first-out:
 * by its expiry date a batch can have sold rate × days-to-expiry units, less what the batches expiring before
 * it took. What it cannot sell in time, rounded up to whole units, is its clearance quantity (none when 0).
 * Batches already past their expiry date get no suggestion and absorb no demand: they cannot be sold, only
 * written off (their NEAR_EXPIRY warning says so). A batch that expires today can still be sold today.
 */
final class ClearanceRule {

    /** A discount for batches with at most maxDaysLeft days to their expiry date. */
    record DiscountBand(int maxDaysLeft, int discountPercent) {
    }

    /** Closest expiry first; the first band that holds the days left applies. */
    static final List<DiscountBand> DISCOUNTS = List.of(new DiscountBand(7, 50), new DiscountBand(14, 30),
            new DiscountBand(Integer.MAX_VALUE, 20));

    private static final double ROUNDING_RESIDUE = 1e-9;

    private ClearanceRule() {
    }

    static int discountPercent(long daysLeft) {
        for (DiscountBand band : DISCOUNTS) {
            if (daysLeft <= band.maxDaysLeft()) {
                return band.discountPercent();
            }
        }
        throw new IllegalStateException("the last discount band holds every day");
    }

    /**
     * @param batches the position's near-expiry batches, first expiry first
     */
    static void suggest(PlanningPosition position, double dailyRate, List<Batch> batches, LocalDate today,
                        List<ClearanceSuggestion> out) {
        double sold = 0;
        for (Batch batch : batches) {
            long daysLeft = NearExpiryBatches.daysToExpiry(batch, today);
            if (daysLeft < 0) {
                continue;
            }
            double sells = Math.min(batch.quantity(), Math.max(0, dailyRate * daysLeft - sold));
            sold += sells;
            int left = (int) Math.ceil(batch.quantity() - sells - ROUNDING_RESIDUE);
            if (left > 0) {
                out.add(new ClearanceSuggestion(batch, position.skuCode(), left, discountPercent(daysLeft)));
            }
        }
    }
}

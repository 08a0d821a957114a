package io.storedesk.stock;

import java.time.LocalDate;

/**
 * Units sold of one position per day, over a window that ends the day before planning. units[i] and
 * promotion[i] are day firstDay + i; promotion marks a day whose sales ran under a flagged promotion, which
 * the demand baseline leaves out. The arrays are not copied and may be shared between runs: the planner only reads them.
 */
public record SalesHistory(LocalDate firstDay, int[] units, boolean[] promotion) {

    public SalesHistory {
        if (units.length != promotion.length) {
            throw new IllegalArgumentException("units and promotion differ in length");
        }
    }

    /** No sales on any of the days. */
    public static SalesHistory none(LocalDate firstDay, int days) {
        return new SalesHistory(firstDay, new int[days], new boolean[days]);
    }

    public int days() {
        return units.length;
    }
}

package io.storedesk.dashboard.kpi;

import io.storedesk.dashboard.kpi.RollupRows.SkuDay;
import io.storedesk.dashboard.kpi.RollupRows.Slice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * What rolling a day up again changes in its stored rows: the rows to delete by id and the rows to insert. A
 * catch-up after a sync changes a few orders of a day of thousands; writing only the difference spares it
 * deleting and inserting every row of the day, which cost seconds on a store of a million lines.
 *
 * <p>An order's slices are replaced together and get ids next to each other, as a build gives them: the
 * in-memory index counts an order once because its slices are next to each other in the order of their ids
 * (OrderSlices). New rows take ids after the largest the day has, so rows kept keep theirs.
 */
final class RollupDayDiff {

    /** Rows to delete (their ids) and rows to insert (with their new ids). */
    record Changes<T>(List<Long> deleted, List<T> inserted) {

        boolean isEmpty() {
            return deleted.isEmpty() && inserted.isEmpty();
        }
    }

    private RollupDayDiff() {
    }

    /** The slices of the day as stored against the same day rolled up again (ids of the latter ignored). */
    static Changes<Slice> slices(LocalDate day, List<Slice> stored, List<Slice> rolled) {
        Map<Long, List<Slice>> before = group(stored, Slice::orderId);
        Map<Long, List<Slice>> after = group(rolled, Slice::orderId);
        List<Long> deleted = new ArrayList<>();
        before.forEach((order, was) -> {
            if (!sameSlices(was, after.get(order))) {
                was.forEach(s -> deleted.add(s.id()));
            }
        });
        Ids ids = new Ids(day, stored.stream().mapToLong(Slice::id));
        List<Slice> inserted = new ArrayList<>();
        after.forEach((order, now) -> {
            if (!sameSlices(before.get(order), now)) {
                now.forEach(s -> inserted.add(s.withId(ids.next())));
            }
        });
        return new Changes<>(deleted, inserted);
    }

    /**
     * The SKU days of the day as stored against the same day rolled up again. A build may have written a SKU day
     * as two rows (its orders fell in two reads); such a pair is replaced by the one row.
     */
    static Changes<SkuDay> skuDays(LocalDate day, List<SkuDay> stored, List<SkuDay> rolled) {
        Map<SkuDay, List<SkuDay>> before = group(stored, RollupDayDiff::key);
        List<Long> deleted = new ArrayList<>();
        List<SkuDay> inserted = new ArrayList<>();
        Ids ids = new Ids(day, stored.stream().mapToLong(SkuDay::id));
        for (SkuDay now : rolled) {
            List<SkuDay> was = before.remove(key(now));
            if (was != null && was.size() == 1 && was.get(0).withId(0).equals(now.withId(0))) {
                continue;
            }
            if (was != null) {
                was.forEach(d -> deleted.add(d.id()));
            }
            inserted.add(now.withId(ids.next()));
        }
        before.values().forEach(was -> was.forEach(d -> deleted.add(d.id())));
        return new Changes<>(deleted, inserted);
    }

    private static boolean sameSlices(List<Slice> was, List<Slice> now) {
        if (was == null || now == null || was.size() != now.size()) {
            return false;
        }
        return new HashSet<>(was.stream().map(s -> s.withId(0)).toList())
                .equals(new HashSet<>(now.stream().map(s -> s.withId(0)).toList()));
    }

    /** What a SKU day is of: its row without its id and figures. */
    private static SkuDay key(SkuDay d) {
        return new SkuDay(0, d.placedDay(), d.channelId(), d.warehouseId(), d.categoryId(), d.skuId(), d.province(),
                null, 0, null, null);
    }

    private static <K, T> Map<K, List<T>> group(List<T> rows, Function<T, K> key) {
        Map<K, List<T>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        return groups;
    }

    /** The day's next free ids: after the largest stored, within the day's range (RollupKeys). */
    private static final class Ids {
        private final long end;
        private long next;

        Ids(LocalDate day, LongStream stored) {
            this.next = Math.max(RollupKeys.first(day), stored.max().orElse(-1) + 1);
            this.end = RollupKeys.first(day.plusDays(1));
        }

        long next() {
            if (next >= end) {
                // Four billion rows written on one day since the last rebuild; a rebuild numbers them afresh.
                throw new IllegalStateException("no rollup ids left on the day; rebuild the KPI rollups");
            }
            return next++;
        }
    }
}

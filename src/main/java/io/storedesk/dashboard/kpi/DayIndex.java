package io.storedesk.dashboard.kpi;

import java.io.IOException;
import java.lang.reflect.Array;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rows read in any order, placed by day with a counting sort (rows of one day keep the order they were read in),
 * and where each day's rows start: what the in-memory indexes of the rollups (KpiSliceIndex, KpiSkuSalesIndex)
 * scan a period by.
 */
final class DayIndex {

    private final int minDay;
    /** firstRow[d − minDay] = the first row on day d or later; one more entry for the day after the last. */
    private final int[] firstRow;
    private final int rows;

    private DayIndex(int minDay, int[] firstRow, int rows) {
        this.minDay = minDay;
        this.firstRow = firstRow;
        this.rows = rows;
    }

    /** Places the first n rows by their epoch day; positions[i] is set to where row i goes. */
    static DayIndex of(int[] day, int n, int[] positions) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, day[i]);
            max = Math.max(max, day[i]);
        }
        int minDay = n == 0 ? 0 : min;
        int days = n == 0 ? 0 : max - min + 1;
        int[] counts = new int[days + 1];
        for (int i = 0; i < n; i++) {
            counts[day[i] - minDay + 1]++;
        }
        for (int d = 0; d < days; d++) {
            counts[d + 1] += counts[d];
        }
        int[] firstRow = counts.clone();
        for (int i = 0; i < n; i++) {
            positions[i] = counts[day[i] - minDay]++;
        }
        return new DayIndex(minDay, firstRow, n);
    }

    /** The rows of a day. */
    int rowsOf(int epochDay) {
        return firstRowOf(epochDay + 1) - firstRowOf(epochDay);
    }

    boolean isEmpty() {
        return rows == 0;
    }

    /** The first day with rows (the first of the range when it has none; see isEmpty). */
    int firstDay() {
        return minDay;
    }

    /** The last day of the range. */
    int lastDay() {
        return minDay + firstRow.length - 2;
    }

    /**
     * Rows sorted by day (columns: parallel arrays of any type) with the rows of the changed days taken from fresh
     * instead of old, fresh holding only rows of changed days; answers the new columns and where their days start.
     */
    static Merged merge(DayIndex old, Object[] oldColumns, DayIndex fresh, Object[] freshColumns,
                        Set<LocalDate> changedDays) {
        Set<Integer> changed = changedDays.stream().map(d -> (int) d.toEpochDay()).collect(Collectors.toSet());
        int first = Math.min(old.isEmpty() ? Integer.MAX_VALUE : old.firstDay(),
                fresh.isEmpty() ? Integer.MAX_VALUE : fresh.firstDay());
        int last = Math.max(old.isEmpty() ? Integer.MIN_VALUE : old.lastDay(),
                fresh.isEmpty() ? Integer.MIN_VALUE : fresh.lastDay());
        if (first > last) {
            first = 0;
            last = -1;
        }
        int rows = 0;
        for (int day = first; day <= last; day++) {
            rows += changed.contains(day) ? fresh.rowsOf(day) : old.rowsOf(day);
        }
        Object[] columns = new Object[oldColumns.length];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = Array.newInstance(oldColumns[c].getClass().getComponentType(), rows);
        }
        int[] firstRow = new int[last - first + 2];
        int at = 0;
        for (int day = first; day <= last; day++) {
            firstRow[day - first] = at;
            boolean isChanged = changed.contains(day);
            DayIndex from = isChanged ? fresh : old;
            Object[] source = isChanged ? freshColumns : oldColumns;
            int start = from.firstRowOf(day);
            int count = from.rowsOf(day);
            for (int c = 0; c < columns.length; c++) {
                System.arraycopy(source[c], start, columns[c], at, count);
            }
            at += count;
        }
        firstRow[last - first + 1] = at;
        return new Merged(new DayIndex(first, firstRow, rows), columns);
    }

    /** Columns merged by day, and where their days start. */
    record Merged(DayIndex days, Object[] columns) {
    }

    /** The first row on the day or later (the row count past the last day). */
    int firstRowOf(int epochDay) {
        int d = epochDay - minDay;
        if (d <= 0) {
            return 0;
        }
        return d >= firstRow.length ? rows : firstRow[d];
    }

    /** For a snapshot (RollupSnapshots). */
    void write(SnapshotOutput out) throws IOException {
        out.writeInt(minDay);
        out.writeInts(firstRow, firstRow.length);
        out.writeInt(rows);
    }

    /** What write wrote. */
    static DayIndex read(SnapshotInput in) throws IOException {
        return new DayIndex(in.readInt(), in.readInts(), in.readInt());
    }
}

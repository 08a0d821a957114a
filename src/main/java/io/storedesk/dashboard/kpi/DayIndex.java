package io.storedesk.dashboard.kpi;

import java.io.IOException;

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

package io.storedesk.dashboard.customers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Scores customers 1–5 on recency, frequency and monetary by rank-based quintiles, then places each in its
 * segment and tier.
 *
 * <p>Quintiles by rank: customers are ordered worst first (oldest last order; fewest orders; least spent) and
 * a customer at 0-based rank k of n scores 1 + ⌊5k / n⌋. Ties share the rank of the first of them (as SQL's
 * RANK()), so equal values always get equal scores and the result does not depend on input order; the price
 * is that a large tie can leave a quintile empty (if most customers ordered once, they all score F = 1).
 */
public final class RfmScoring {

    private static final int QUINTILES = 5;

    private RfmScoring() {
    }

    /** Scores every customer as of the end of asOf; recency counts calendar days in the shop's zone. */
    public static List<SegmentCustomer> score(List<CustomerActivity> customers, LocalDate asOf, ZoneId zone) {
        int n = customers.size();
        long[] recencyDays = new long[n];
        for (int i = 0; i < n; i++) {
            LocalDate last = LocalDate.ofInstant(customers.get(i).lastOrderAt(), zone);
            recencyDays[i] = Math.max(0, ChronoUnit.DAYS.between(last, asOf));
        }
        // Smaller keys are worse: the most days since the last order is the worst recency.
        long[] recencyKeys = new long[n];
        long[] frequencyKeys = new long[n];
        for (int i = 0; i < n; i++) {
            recencyKeys[i] = -recencyDays[i];
            frequencyKeys[i] = customers.get(i).orders();
        }
        int[] r = quintiles(recencyKeys);
        int[] f = quintiles(frequencyKeys);
        int[] m = monetaryQuintiles(customers);
        List<SegmentCustomer> scored = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RfmScores scores = new RfmScores(r[i], f[i], m[i]);
            scored.add(new SegmentCustomer(customers.get(i), recencyDays[i], scores, RfmSegment.of(scores),
                    CustomerTier.of(scores)));
        }
        return scored;
    }

    /**
     * Monetary quintiles on whole ten-thousandths (the amounts' scale) sorted as numbers; amounts that do not fit
     * are compared as decimals. Sorting boxed indices with a comparator cost a quarter of the dashboard's refresh.
     */
    private static int[] monetaryQuintiles(List<CustomerActivity> customers) {
        long[] keys = new long[customers.size()];
        try {
            for (int i = 0; i < keys.length; i++) {
                keys[i] = customers.get(i).monetary().movePointRight(4).longValueExact();
            }
        } catch (ArithmeticException notWholeTenThousandths) {
            return quintiles(keys.length, Comparator.comparing((Integer i) -> customers.get(i).monetary()));
        }
        return quintiles(keys);
    }

    /**
     * Rank-based quintile score of each key, smaller keys worse; equal keys share the rank of the first of them.
     * One sort of each key packed with its index into a long (key above, index below), walked once in order;
     * keys too far apart to leave room for the index (amounts in the billions) take the comparator form.
     */
    static int[] quintiles(long[] keys) {
        int n = keys.length;
        if (n == 0) {
            return new int[0];
        }
        long min = Arrays.stream(keys).min().orElseThrow();
        long max = Arrays.stream(keys).max().orElseThrow();
        int indexBits = Math.max(1, Long.SIZE - Long.numberOfLeadingZeros(n - 1L));
        long range = max - min;
        if (range < 0 || range >= 1L << (Long.SIZE - 1 - indexBits)) {
            return quintiles(n, Comparator.comparingLong((Integer i) -> keys[i]));
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = (keys[i] - min) << indexBits | i;
        }
        Arrays.sort(packed);
        long indexMask = (1L << indexBits) - 1;
        int[] scores = new int[n];
        int rank = 0;
        for (int position = 0; position < n; position++) {
            if (position == 0 || packed[position] >>> indexBits != packed[position - 1] >>> indexBits) {
                rank = position;
            }
            scores[(int) (packed[position] & indexMask)] = 1 + (int) ((long) QUINTILES * rank / n);
        }
        return scores;
    }

    /** Rank-based quintile score of each index 0..n-1, the comparator ordering worst first. */
    static int[] quintiles(int n, Comparator<Integer> worstFirst) {
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(worstFirst);
        int[] scores = new int[n];
        int rank = 0;
        for (int position = 0; position < n; position++) {
            if (position == 0 || worstFirst.compare(order.get(position - 1), order.get(position)) != 0) {
                rank = position;
            }
            scores[order.get(position)] = 1 + (int) ((long) QUINTILES * rank / n);
        }
        return scores;
    }
}

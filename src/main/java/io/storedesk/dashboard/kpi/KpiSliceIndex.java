package io.storedesk.dashboard.kpi;

import io.storedesk.dashboard.kpi.KpiQueryRepository.Group;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rollups' order slices in memory (decision 0037): distinct buyers for any days and filter, which no rollup row
 * can hold (customers, new customers and repurchasers do not add up across days or slices), each buyer's RFM
 * activity (CustomerSegments; read from the order lines, a year of a large shop took 20 seconds), cohorts, and the
 * sales of the groupings no grain of kpi_sales answers (a province or hour together with a warehouse or category),
 * which in SQL read every slice of the period. Every slice is held as a row of a few arrays sorted by day, about 50
 * bytes a slice, read on first use and again whenever the rollups' generation has changed (KpiRollups), so the
 * figures are always those of the rollups in the store. Amounts are whole ten-thousandths (the rollups' scale).
 */
public final class KpiSliceIndex {

    /** The rollups' amounts are held as whole units of this scale (V15: DECIMAL(19, 4)). */
    static final int SCALE = 4;

    private final KpiSliceRepository repository;
    private final RollupCopy<OrderSlices> copy;

    public KpiSliceIndex(KpiSliceRepository repository, RollupSnapshots snapshots) {
        this.repository = repository;
        this.copy = new RollupCopy<>(repository::generation, repository::daysChanged,
                RollupCopy.Source.of(() -> OrderSlices.load(repository),
                        (earlier, days) -> OrderSlices.reread(earlier, days, repository)),
                snapshots.kind("order-slices", OrderSlices.CODEC));
    }

    /** What sales are grouped by: a column of the slices, or the day and hour of placement. */
    enum SliceKey {
        DAY, DAY_HOUR, CHANNEL, WAREHOUSE, CATEGORY, PROVINCE;

        /** The key of a column of kpi_order_slice (placed_day, channel_id, warehouse_id, category_id, province). */
        static SliceKey ofColumn(String column) {
            return switch (column) {
                case "placed_day" -> DAY;
                case "channel_id" -> CHANNEL;
                case "warehouse_id" -> WAREHOUSE;
                case "category_id" -> CATEGORY;
                case "province" -> PROVINCE;
                default -> throw new IllegalArgumentException("no slice column " + column);
            };
        }
    }

    /** Customers of a period, those with ≥ 2 orders in it, those whose first order ever is in it. */
    record CustomerCounts(long customers, long repurchasers, long newCustomers) {
    }

    /** One day's customers and new customers (whose first order ever is that day). */
    record BuyerDay(long customers, long newCustomers) {
    }

    /** Buyers of a cohort active in a month: cohortIndex = year × 12 + month − 1, offset = months after the first. */
    record CohortCell(int cohortIndex, int offset, long customers) {
    }

    /** Identified buyers with a sold line matching the filter on days from..to. */
    CustomerCounts counts(KpiFilter filter, LocalDate from, LocalDate to) {
        OrderSlices s = current();
        Match match = s.match(filter);
        int first = (int) from.toEpochDay();
        int last = (int) to.toEpochDay();
        int[] orders = new int[s.customers];
        long customers = 0;
        long repurchasers = 0;
        long newCustomers = 0;
        boolean counted = false;
        for (int i = s.firstRowOf(first), end = s.firstRowOf(last + 1); i < end; i++) {
            counted &= !s.newOrder[i];
            if (!counted && s.bySoldBuyer(i) && match.test(s, i)) {
                // An order counts once however many of its slices match.
                counted = true;
                int c = s.customer[i];
                int n = ++orders[c];
                if (n == 1) {
                    customers++;
                    newCustomers += s.firstDay[c] >= first && s.firstDay[c] <= last ? 1 : 0;
                } else if (n == 2) {
                    repurchasers++;
                }
            }
        }
        return new CustomerCounts(customers, repurchasers, newCustomers);
    }

    /** For each day from..to with buyers: its customers and new customers. */
    Map<LocalDate, BuyerDay> byDay(KpiFilter filter, LocalDate from, LocalDate to) {
        OrderSlices s = current();
        Match match = s.match(filter);
        Map<LocalDate, BuyerDay> days = new HashMap<>();
        int[] seenOn = new int[s.customers];
        Arrays.fill(seenOn, Integer.MIN_VALUE);
        int end = s.firstRowOf((int) to.toEpochDay() + 1);
        for (int i = s.firstRowOf((int) from.toEpochDay()); i < end; ) {
            int day = s.day[i];
            long customers = 0;
            long newCustomers = 0;
            for (; i < end && s.day[i] == day; i++) {
                if (s.bySoldBuyer(i) && seenOn[s.customer[i]] != day && match.test(s, i)) {
                    int c = s.customer[i];
                    seenOn[c] = day;
                    customers++;
                    newCustomers += s.firstDay[c] == day ? 1 : 0;
                }
            }
            if (customers > 0) {
                days.put(LocalDate.ofEpochDay(day), new BuyerDay(customers, newCustomers));
            }
        }
        return days;
    }

    /**
     * Each identified buyer with a sold order on days from..to: the last such day, how many such orders and the
     * gmv of their sold lines, in order of customer id.
     */
    List<BuyerActivity> buyers(LocalDate from, LocalDate to) {
        OrderSlices s = current();
        int[] lastDay = new int[s.customers];
        long[] orders = new long[s.customers];
        long[] gmv = new long[s.customers];
        boolean[] bought = new boolean[s.customers];
        int count = 0;
        boolean counted = false;
        for (int i = s.firstRowOf((int) from.toEpochDay()), end = s.firstRowOf((int) to.toEpochDay() + 1); i < end;
             i++) {
            counted &= !s.newOrder[i];
            if (!s.bySoldBuyer(i)) {
                continue;
            }
            int c = s.customer[i];
            if (!bought[c]) {
                bought[c] = true;
                count++;
            }
            if (!counted) {
                counted = true;
                orders[c]++;
            }
            lastDay[c] = Math.max(lastDay[c], s.day[i]);
            gmv[c] = Math.addExact(gmv[c], s.gmv[i]);
        }
        // In order of customer id without sorting the buyers each time: the codes are walked in that order.
        List<BuyerActivity> buyers = new ArrayList<>(count);
        for (int c : s.codesById) {
            if (bought[c]) {
                buyers.add(new BuyerActivity(s.customerIds[c], LocalDate.ofEpochDay(lastDay[c]), orders[c],
                        BigDecimal.valueOf(gmv[c], SCALE)));
            }
        }
        return buyers;
    }

    /**
     * For cohorts whose first order is on days from..to: offset 0 = the cohort's size, offset k = its customers
     * with a sold order in the k-th month after (up to the month of `to`). A channel narrows both to its buyers
     * and orders.
     */
    List<CohortCell> cohortCells(Long channelId, LocalDate from, LocalDate to) {
        OrderSlices s = current();
        Match match = s.match(new KpiFilter(channelId, null, null, null));
        int first = (int) from.toEpochDay();
        int last = (int) to.toEpochDay();
        long[] offsetsSeen = new long[s.customers];
        Map<Long, Long> cells = new TreeMap<>();
        for (int i = s.firstRowOf(first), end = s.firstRowOf(last + 1); i < end; i++) {
            if (!s.bySoldBuyer(i)) {
                continue;
            }
            int c = s.customer[i];
            if (s.firstDay[c] < first || s.firstDay[c] > last || !match.test(s, i)) {
                continue;
            }
            int cohort = monthIndex(s.firstDay[c]);
            int offset = monthIndex(s.day[i]) - cohort;
            // A month a buyer came back in counts once, however many orders (an offset past 63 is never asked for).
            if (offset < Long.SIZE && (offsetsSeen[c] & 1L << offset) == 0) {
                offsetsSeen[c] |= 1L << offset;
                cells.merge((long) cohort << 32 | offset, 1L, Long::sum);
            }
        }
        List<CohortCell> rows = new ArrayList<>();
        cells.forEach((key, customers) -> rows.add(new CohortCell((int) (key >> 32), (int) (long) key, customers)));
        return rows;
    }

    /**
     * Sales on days from..to under the filter, grouped by the key: gmv, units and signed amounts of every matching
     * slice, and the orders with a sold matching slice (an order split across groups counts in each, once), as
     * kpi_order_slice summed in SQL gives them. Empty when a sum does not fit exact arithmetic (the caller then
     * asks the store).
     */
    Optional<List<Group>> sales(SliceKey key, KpiFilter filter, LocalDate from, LocalDate to) {
        OrderSlices s = current();
        Match match = s.match(filter);
        int first = (int) from.toEpochDay();
        int groups = s.groups(key, first, (int) to.toEpochDay());
        long[] gmv = new long[groups];
        long[] units = new long[groups];
        long[] net = new long[groups];
        long[] orders = new long[groups];
        int[] lastOrder = new int[groups];
        Arrays.fill(lastOrder, -1);
        boolean[] seen = new boolean[groups];
        int order = -1;
        try {
            for (int i = s.firstRowOf(first), end = s.firstRowOf((int) to.toEpochDay() + 1); i < end; i++) {
                if (s.newOrder[i]) {
                    order++;
                }
                if (!match.test(s, i)) {
                    continue;
                }
                int g = s.group(key, i, first);
                seen[g] = true;
                gmv[g] = Math.addExact(gmv[g], s.gmv[i]);
                units[g] = Math.addExact(units[g], s.units[i]);
                net[g] = Math.addExact(net[g], s.net[i]);
                if (s.sold[i] && lastOrder[g] != order) {
                    lastOrder[g] = order;
                    orders[g]++;
                }
            }
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
        List<Group> sales = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            if (seen[g]) {
                sales.add(new Group(s.keyOf(key, g, first), BigDecimal.valueOf(gmv[g], SCALE), orders[g], units[g],
                        BigDecimal.valueOf(net[g], SCALE)));
            }
        }
        return Optional.of(sales);
    }

    private static int monthIndex(int epochDay) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    /** The rollups' generation now (0: never built): what is read from them stays true while it does not change. */
    long generation() {
        return repository.generation();
    }

    private OrderSlices current() {
        return copy.current();
    }

    /** Brings the slices up to date with the rollups if they are held (the dashboard was opened). */
    void refreshIfHeld() {
        copy.refreshIfHeld();
    }

    /** The filter's values as the codes the slices' arrays hold; NONE matches nothing, ANY everything. */
    record Match(int channel, int province, int warehouse, int category) {
        static final int ANY = -1;
        static final int NONE = -2;

        boolean test(OrderSlices s, int i) {
            return (channel == ANY || s.channel[i] == channel) && (province == ANY || s.province[i] == province)
                    && (warehouse == ANY || s.warehouse[i] == warehouse)
                    && (category == ANY || s.category[i] == category);
        }
    }
}

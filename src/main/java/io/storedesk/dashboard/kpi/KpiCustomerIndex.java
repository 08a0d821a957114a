package io.storedesk.dashboard.kpi;

import io.storedesk.dashboard.kpi.KpiBuyerRepository.BuyerSlice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Distinct buyers for any days and filter, counted in memory (decision 0037). Customers, new customers and
 * repurchasers do not add up across days or slices, so no rollup row can hold them, and counting them in SQL
 * reads every slice of the period. This keeps the sold slices of identified buyers' orders as a few arrays
 * sorted by day, about 25 bytes a slice, read from the rollups on first use and again whenever their
 * generation has changed (KpiRollups), so the figures are always those of the rollups in the store. The slices'
 * gmv (as whole ten-thousandths, the rollups' scale) also gives each buyer's RFM activity (CustomerSegments):
 * read from the order lines, a year of a large shop took 20 seconds.
 */
public final class KpiCustomerIndex {

    private static final int GMV_SCALE = 4;

    private final KpiBuyerRepository repository;
    private final RollupCopy<Buyers> copy;

    public KpiCustomerIndex(KpiBuyerRepository repository) {
        this.repository = repository;
        this.copy = new RollupCopy<>(repository::generation, () -> Buyers.load(repository));
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
        Buyers b = current();
        Match match = b.match(filter);
        int first = (int) from.toEpochDay();
        int last = (int) to.toEpochDay();
        int[] orders = new int[b.customers];
        long customers = 0;
        long repurchasers = 0;
        long newCustomers = 0;
        boolean counted = false;
        for (int i = b.firstRowOf(first), end = b.firstRowOf(last + 1); i < end; i++) {
            counted &= !b.newOrder[i];
            if (!counted && match.test(b, i)) {
                // An order counts once however many of its slices match.
                counted = true;
                int c = b.customer[i];
                int n = ++orders[c];
                if (n == 1) {
                    customers++;
                    newCustomers += b.firstDay[c] >= first && b.firstDay[c] <= last ? 1 : 0;
                } else if (n == 2) {
                    repurchasers++;
                }
            }
        }
        return new CustomerCounts(customers, repurchasers, newCustomers);
    }

    /** For each day from..to with buyers: its customers and new customers. */
    Map<LocalDate, BuyerDay> byDay(KpiFilter filter, LocalDate from, LocalDate to) {
        Buyers b = current();
        Match match = b.match(filter);
        Map<LocalDate, BuyerDay> days = new HashMap<>();
        int[] seenOn = new int[b.customers];
        Arrays.fill(seenOn, Integer.MIN_VALUE);
        int end = b.firstRowOf((int) to.toEpochDay() + 1);
        for (int i = b.firstRowOf((int) from.toEpochDay()); i < end; ) {
            int day = b.day[i];
            long customers = 0;
            long newCustomers = 0;
            for (; i < end && b.day[i] == day; i++) {
                int c = b.customer[i];
                if (seenOn[c] != day && match.test(b, i)) {
                    seenOn[c] = day;
                    customers++;
                    newCustomers += b.firstDay[c] == day ? 1 : 0;
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
        Buyers b = current();
        int[] lastDay = new int[b.customers];
        long[] orders = new long[b.customers];
        long[] gmv = new long[b.customers];
        boolean[] bought = new boolean[b.customers];
        int count = 0;
        for (int i = b.firstRowOf((int) from.toEpochDay()), end = b.firstRowOf((int) to.toEpochDay() + 1); i < end;
             i++) {
            int c = b.customer[i];
            if (!bought[c]) {
                bought[c] = true;
                count++;
            }
            if (b.newOrder[i]) {
                orders[c]++;
            }
            lastDay[c] = Math.max(lastDay[c], b.day[i]);
            gmv[c] = Math.addExact(gmv[c], b.gmv[i]);
        }
        // In order of customer id without sorting the buyers each time: the codes are walked in that order.
        List<BuyerActivity> buyers = new ArrayList<>(count);
        for (int c : b.codesById) {
            if (bought[c]) {
                buyers.add(new BuyerActivity(b.customerIds[c], LocalDate.ofEpochDay(lastDay[c]), orders[c],
                        BigDecimal.valueOf(gmv[c], GMV_SCALE)));
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
        Buyers b = current();
        Match match = b.match(new KpiFilter(channelId, null, null, null));
        int first = (int) from.toEpochDay();
        int last = (int) to.toEpochDay();
        long[] offsetsSeen = new long[b.customers];
        Map<Long, Long> cells = new TreeMap<>();
        for (int i = b.firstRowOf(first), end = b.firstRowOf(last + 1); i < end; i++) {
            int c = b.customer[i];
            if (b.firstDay[c] < first || b.firstDay[c] > last || !match.test(b, i)) {
                continue;
            }
            int cohort = monthIndex(b.firstDay[c]);
            int offset = monthIndex(b.day[i]) - cohort;
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

    private static int monthIndex(int epochDay) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    /** The rollups' generation now (0: never built): what is read from them stays true while it does not change. */
    long generation() {
        return repository.generation();
    }

    private Buyers current() {
        return copy.current();
    }

    /** The filter's values as the codes the buyers' arrays hold; NONE matches nothing, ANY everything. */
    record Match(int channel, int province, int warehouse, int category) {
        static final int ANY = -1;
        static final int NONE = -2;

        boolean test(Buyers b, int i) {
            return (channel == ANY || b.channel[i] == channel) && (province == ANY || b.province[i] == province)
                    && (warehouse == ANY || b.warehouse[i] == warehouse)
                    && (category == ANY || b.category[i] == category);
        }
    }

    /** The buyers' slices as parallel arrays sorted by day (then order); values are coded by Codes. */
    private static final class Buyers {
        final int customers;
        final DayIndex days;
        final int[] day;
        final boolean[] newOrder;
        final int[] customer;
        final int[] channel;
        final int[] province;
        final int[] warehouse;
        final int[] category;
        final int[] firstDay;
        final long[] gmv;
        final long[] customerIds;
        /** The customer codes in order of customer id. */
        final int[] codesById;
        final Codes<Long> channels;
        final Codes<String> provinces;
        final Codes<Long> warehouses;
        final Codes<Long> categories;

        private Buyers(Loaded loaded) {
            int n = loaded.size;
            this.customers = loaded.customers.size();
            this.channels = loaded.channels;
            this.provinces = loaded.provinces;
            this.warehouses = loaded.warehouses;
            this.categories = loaded.categories;
            this.firstDay = loaded.firstDays();
            this.customerIds = new long[customers];
            loaded.customers.codes.forEach((id, code) -> customerIds[code] = id);
            this.codesById = IntStream.range(0, customers).boxed()
                    .sorted(Comparator.comparingLong(code -> customerIds[code])).mapToInt(Integer::intValue).toArray();
            int[] positions = new int[n];
            this.days = DayIndex.of(loaded.day, n, positions);
            day = new int[n];
            newOrder = new boolean[n];
            customer = new int[n];
            channel = new int[n];
            province = new int[n];
            warehouse = new int[n];
            category = new int[n];
            gmv = new long[n];
            long[] order = new long[n];
            for (int i = 0; i < n; i++) {
                int at = positions[i];
                day[at] = loaded.day[i];
                order[at] = loaded.order[i];
                customer[at] = loaded.customer[i];
                channel[at] = loaded.channel[i];
                province[at] = loaded.province[i];
                warehouse[at] = loaded.warehouse[i];
                category[at] = loaded.category[i];
                gmv[at] = loaded.gmv[i];
            }
            for (int i = 0; i < n; i++) {
                newOrder[i] = i == 0 || order[i] != order[i - 1] || day[i] != day[i - 1];
            }
        }

        static Buyers load(KpiBuyerRepository repository) {
            Loaded loaded = new Loaded();
            repository.forEachBuyerSlice(chunk -> chunk.forEach(loaded::add));
            repository.forEachFirstDay(loaded::first);
            return new Buyers(loaded);
        }

        int firstRowOf(int epochDay) {
            return days.firstRowOf(epochDay);
        }

        Match match(KpiFilter filter) {
            return new Match(channels.of(filter.channelId()), provinces.of(filter.province()),
                    warehouses.of(filter.warehouseId()), categories.of(filter.categoryId()));
        }
    }

    /** Small dense codes for the values of a column; null has a code of its own (KpiSkuSalesIndex uses them too). */
    static final class Codes<T> {
        /** What a null value is held as: no filter value ever has it. */
        private static final int NULL = Integer.MAX_VALUE;

        private final Map<T, Integer> codes = new HashMap<>();

        int code(T value) {
            return value == null ? NULL : codes.computeIfAbsent(value, v -> codes.size());
        }

        /** A filter's value: ANY when not filtered, NONE when no buyer has it. */
        int of(T value) {
            if (value == null) {
                return Match.ANY;
            }
            return codes.getOrDefault(value, Match.NONE);
        }

        int size() {
            return codes.size();
        }
    }

    /** The slices as read, in order of their orders, before sorting. */
    private static final class Loaded {
        int size;
        int[] day = new int[1024];
        long[] order = new long[1024];
        int[] customer = new int[1024];
        int[] channel = new int[1024];
        int[] province = new int[1024];
        int[] warehouse = new int[1024];
        int[] category = new int[1024];
        long[] gmv = new long[1024];
        final Codes<Long> customers = new Codes<>();
        final Codes<Long> channels = new Codes<>();
        final Codes<String> provinces = new Codes<>();
        final Codes<Long> warehouses = new Codes<>();
        final Codes<Long> categories = new Codes<>();
        final Map<Long, LocalDate> first = new HashMap<>();

        void add(BuyerSlice s) {
            if (size == day.length) {
                int capacity = size * 2;
                day = Arrays.copyOf(day, capacity);
                order = Arrays.copyOf(order, capacity);
                customer = Arrays.copyOf(customer, capacity);
                channel = Arrays.copyOf(channel, capacity);
                province = Arrays.copyOf(province, capacity);
                warehouse = Arrays.copyOf(warehouse, capacity);
                category = Arrays.copyOf(category, capacity);
                gmv = Arrays.copyOf(gmv, capacity);
            }
            day[size] = (int) s.day().toEpochDay();
            order[size] = s.orderId();
            customer[size] = customers.code(s.customerId());
            channel[size] = channels.code(s.channelId());
            province[size] = provinces.code(s.province());
            warehouse[size] = warehouses.code(s.warehouseId());
            category[size] = categories.code(s.categoryId());
            gmv[size] = s.gmv().movePointRight(GMV_SCALE).longValueExact();
            size++;
        }

        void first(Long customerId, LocalDate day) {
            first.put(customerId, day);
        }

        /** First days by customer code; a buyer without one (never, but for a race) never counts as new. */
        int[] firstDays() {
            int[] days = new int[customers.size()];
            Arrays.fill(days, Integer.MAX_VALUE);
            customers.codes.forEach((id, code) -> {
                LocalDate day = first.get(id);
                if (day != null) {
                    days[code] = (int) day.toEpochDay();
                }
            });
            return days;
        }
    }
}

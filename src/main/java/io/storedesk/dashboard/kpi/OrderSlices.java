package io.storedesk.dashboard.kpi;

import io.storedesk.dashboard.kpi.KpiSliceIndex.Match;
import io.storedesk.dashboard.kpi.KpiSliceIndex.SliceKey;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * KpiSliceIndex's order slices as parallel arrays sorted by day (then order); values are coded by ColumnCodes.
 * Read from the store (load) or from a snapshot (CODEC).
 */
final class OrderSlices {

    static final int HOURS = 24;

    /** Writes and reads every array as it is, so a snapshot needs no sort. */
    static final RollupSnapshots.Codec<OrderSlices> CODEC = new RollupSnapshots.Codec<>() {
        @Override
        public void write(OrderSlices s, SnapshotOutput out) throws IOException {
            int n = s.day.length;
            s.days.write(out);
            out.writeInts(s.day, n);
            out.writeBooleans(s.newOrder, n);
            out.writeBooleans(s.sold, n);
            out.writeInts(s.customer, n);
            out.writeInts(s.channel, n);
            out.writeInts(s.province, n);
            out.writeInts(s.warehouse, n);
            out.writeInts(s.category, n);
            out.writeBytes(s.hour, n);
            out.writeLongs(s.gmv, n);
            out.writeLongs(s.units, n);
            out.writeLongs(s.net, n);
            out.writeInts(s.firstDay, s.firstDay.length);
            out.writeLongs(s.customerIds, s.customerIds.length);
            out.writeInts(s.codesById, s.codesById.length);
            s.channels.writeIds(out);
            s.provinces.writeTexts(out);
            s.warehouses.writeIds(out);
            s.categories.writeIds(out);
        }

        @Override
        public OrderSlices read(SnapshotInput in) throws IOException {
            return new OrderSlices(DayIndex.read(in), in.readInts(), in.readBooleans(), in.readBooleans(),
                    in.readInts(), in.readInts(), in.readInts(), in.readInts(), in.readInts(), in.readBytes(),
                    in.readLongs(), in.readLongs(), in.readLongs(), in.readInts(), in.readLongs(), in.readInts(),
                    ColumnCodes.readIds(in), ColumnCodes.readTexts(in), ColumnCodes.readIds(in),
                    ColumnCodes.readIds(in));
        }
    };

    final int customers;
    final DayIndex days;
    final int[] day;
    /** The row starts an order (its slices follow each other). */
    final boolean[] newOrder;
    final boolean[] sold;
    /** A customer code, GUEST for a guest's order. */
    final int[] customer;
    final int[] channel;
    final int[] province;
    final int[] warehouse;
    final int[] category;
    final byte[] hour;
    final long[] gmv;
    final long[] units;
    final long[] net;
    final int[] firstDay;
    final long[] customerIds;
    /** The customer codes in order of customer id. */
    final int[] codesById;
    final ColumnCodes<Long> channels;
    final ColumnCodes<String> provinces;
    final ColumnCodes<Long> warehouses;
    final ColumnCodes<Long> categories;

    private OrderSlices(DayIndex days, int[] day, boolean[] newOrder, boolean[] sold, int[] customer, int[] channel,
                        int[] province, int[] warehouse, int[] category, byte[] hour, long[] gmv, long[] units,
                        long[] net, int[] firstDay, long[] customerIds, int[] codesById, ColumnCodes<Long> channels,
                        ColumnCodes<String> provinces, ColumnCodes<Long> warehouses,
                        ColumnCodes<Long> categories) {
        int n = day.length;
        if (newOrder.length != n || sold.length != n || customer.length != n || channel.length != n
                || province.length != n || warehouse.length != n || category.length != n || hour.length != n
                || gmv.length != n || units.length != n || net.length != n || customerIds.length != firstDay.length
                || codesById.length != firstDay.length) {
            throw new IllegalArgumentException("the order slices' arrays differ in length");
        }
        this.customers = firstDay.length;
        this.days = days;
        this.day = day;
        this.newOrder = newOrder;
        this.sold = sold;
        this.customer = customer;
        this.channel = channel;
        this.province = province;
        this.warehouse = warehouse;
        this.category = category;
        this.hour = hour;
        this.gmv = gmv;
        this.units = units;
        this.net = net;
        this.firstDay = firstDay;
        this.customerIds = customerIds;
        this.codesById = codesById;
        this.channels = channels;
        this.provinces = provinces;
        this.warehouses = warehouses;
        this.categories = categories;
    }

    static OrderSlices load(KpiSliceRepository repository) {
        LoadedSlices loaded = new LoadedSlices();
        repository.forEachSlice(chunk -> chunk.forEach(loaded::add));
        repository.forEachFirstDay(loaded::first);
        return sorted(loaded);
    }

    /**
     * These slices with those of the given days read again (a catch-up rolled them up again, KpiRollups), and
     * every buyer's first day read again (a new order may be a buyer's first).
     */
    static OrderSlices reread(OrderSlices old, Set<LocalDate> days, KpiSliceRepository repository) {
        LoadedSlices loaded = new LoadedSlices(old);
        repository.forEachSlice(days, chunk -> chunk.forEach(loaded::add));
        repository.forEachFirstDay(loaded::first);
        OrderSlices fresh = sorted(loaded);
        DayIndex.Merged merged = DayIndex.merge(old.days, old.columns(), fresh.days, fresh.columns(), days);
        Object[] c = merged.columns();
        return new OrderSlices(merged.days(), (int[]) c[0], (boolean[]) c[1], (boolean[]) c[2], (int[]) c[3],
                (int[]) c[4], (int[]) c[5], (int[]) c[6], (int[]) c[7], (byte[]) c[8], (long[]) c[9], (long[]) c[10],
                (long[]) c[11], fresh.firstDay, fresh.customerIds, fresh.codesById, fresh.channels, fresh.provinces,
                fresh.warehouses, fresh.categories);
    }

    /** The per-slice arrays in the constructor's order. */
    private Object[] columns() {
        return new Object[] {day, newOrder, sold, customer, channel, province, warehouse, category, hour, gmv, units,
            net};
    }

    /** The slices as read, placed by day. */
    private static OrderSlices sorted(LoadedSlices loaded) {
        int n = loaded.size;
        int customers = loaded.customers.size();
        long[] customerIds = new long[customers];
        loaded.customers.forEach((id, code) -> customerIds[code] = id);
        int[] codesById = IntStream.range(0, customers).boxed()
                .sorted(Comparator.comparingLong(code -> customerIds[code])).mapToInt(Integer::intValue).toArray();
        int[] positions = new int[n];
        DayIndex days = DayIndex.of(loaded.day, n, positions);
        int[] day = new int[n];
        boolean[] newOrder = new boolean[n];
        boolean[] sold = new boolean[n];
        int[] customer = new int[n];
        int[] channel = new int[n];
        int[] province = new int[n];
        int[] warehouse = new int[n];
        int[] category = new int[n];
        byte[] hour = new byte[n];
        long[] gmv = new long[n];
        long[] units = new long[n];
        long[] net = new long[n];
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            int at = positions[i];
            day[at] = loaded.day[i];
            order[at] = loaded.order[i];
            sold[at] = loaded.sold[i];
            customer[at] = loaded.customer[i];
            channel[at] = loaded.channel[i];
            province[at] = loaded.province[i];
            warehouse[at] = loaded.warehouse[i];
            category[at] = loaded.category[i];
            hour[at] = loaded.hour[i];
            gmv[at] = loaded.gmv[i];
            units[at] = loaded.units[i];
            net[at] = loaded.net[i];
        }
        for (int i = 0; i < n; i++) {
            newOrder[i] = i == 0 || order[i] != order[i - 1] || day[i] != day[i - 1];
        }
        return new OrderSlices(days, day, newOrder, sold, customer, channel, province, warehouse, category, hour, gmv,
                units, net, loaded.firstDays(), customerIds, codesById, loaded.channels, loaded.provinces,
                loaded.warehouses, loaded.categories);
    }

    int firstRowOf(int epochDay) {
        return days.firstRowOf(epochDay);
    }

    /** A sold slice of an identified buyer's order: what customer counts, RFM and cohorts look at. */
    boolean bySoldBuyer(int i) {
        return sold[i] && customer[i] != LoadedSlices.GUEST;
    }

    Match match(KpiFilter filter) {
        return new Match(channels.of(filter.channelId()), provinces.of(filter.province()),
                warehouses.of(filter.warehouseId()), categories.of(filter.categoryId()));
    }

    /** How many groups of the key days first..last can have; a coded column's nulls take the last. */
    int groups(SliceKey key, int first, int last) {
        int days = Math.max(0, last - first + 1);
        return switch (key) {
            case DAY -> days;
            case DAY_HOUR -> days * HOURS;
            case CHANNEL -> channels.size() + 1;
            case WAREHOUSE -> warehouses.size() + 1;
            case CATEGORY -> categories.size() + 1;
            case PROVINCE -> provinces.size() + 1;
        };
    }

    int group(SliceKey key, int i, int first) {
        return switch (key) {
            case DAY -> day[i] - first;
            case DAY_HOUR -> (day[i] - first) * HOURS + hour[i];
            case CHANNEL -> channels.slot(channel[i]);
            case WAREHOUSE -> warehouses.slot(warehouse[i]);
            case CATEGORY -> categories.slot(category[i]);
            case PROVINCE -> provinces.slot(province[i]);
        };
    }

    /** A group's key as SQL gives it: an id or a province as text (null for none), "2026-11-20", "2026-11-20 9". */
    String keyOf(SliceKey key, int group, int first) {
        return switch (key) {
            case DAY -> LocalDate.ofEpochDay(first + group).toString();
            case DAY_HOUR -> LocalDate.ofEpochDay(first + group / HOURS) + " " + group % HOURS;
            case CHANNEL -> text(channels.valueOfSlot(group));
            case WAREHOUSE -> text(warehouses.valueOfSlot(group));
            case CATEGORY -> text(categories.valueOfSlot(group));
            case PROVINCE -> provinces.valueOfSlot(group);
        };
    }

    private static String text(Long id) {
        return id == null ? null : id.toString();
    }
}

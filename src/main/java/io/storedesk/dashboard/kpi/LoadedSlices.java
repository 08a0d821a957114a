package io.storedesk.dashboard.kpi;

import io.storedesk.dashboard.kpi.KpiSliceRepository.Slice;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** KpiSliceIndex's slices as read, in order of their orders, before they are sorted by day. */
final class LoadedSlices {

    /** The customer code of a guest's slice. */
    static final int GUEST = -1;

    int size;
    int[] day = new int[1024];
    long[] order = new long[1024];
    boolean[] sold = new boolean[1024];
    int[] customer = new int[1024];
    int[] channel = new int[1024];
    int[] province = new int[1024];
    int[] warehouse = new int[1024];
    int[] category = new int[1024];
    byte[] hour = new byte[1024];
    long[] gmv = new long[1024];
    long[] units = new long[1024];
    long[] net = new long[1024];
    final ColumnCodes<Long> customers;
    final ColumnCodes<Long> channels;
    final ColumnCodes<String> provinces;
    final ColumnCodes<Long> warehouses;
    final ColumnCodes<Long> categories;
    final Map<Long, LocalDate> first = new HashMap<>();

    LoadedSlices() {
        customers = new ColumnCodes<>();
        channels = new ColumnCodes<>();
        provinces = new ColumnCodes<>();
        warehouses = new ColumnCodes<>();
        categories = new ColumnCodes<>();
    }

    /** Slices to be placed among earlier ones: their values keep the codes the earlier ones gave them. */
    LoadedSlices(OrderSlices earlier) {
        customers = new ColumnCodes<>();
        for (long id : earlier.customerIds) {
            customers.code(id);
        }
        channels = earlier.channels.copy();
        provinces = earlier.provinces.copy();
        warehouses = earlier.warehouses.copy();
        categories = earlier.categories.copy();
    }

    void add(Slice s) {
        if (size == day.length) {
            int capacity = size * 2;
            day = Arrays.copyOf(day, capacity);
            order = Arrays.copyOf(order, capacity);
            sold = Arrays.copyOf(sold, capacity);
            customer = Arrays.copyOf(customer, capacity);
            channel = Arrays.copyOf(channel, capacity);
            province = Arrays.copyOf(province, capacity);
            warehouse = Arrays.copyOf(warehouse, capacity);
            category = Arrays.copyOf(category, capacity);
            hour = Arrays.copyOf(hour, capacity);
            gmv = Arrays.copyOf(gmv, capacity);
            units = Arrays.copyOf(units, capacity);
            net = Arrays.copyOf(net, capacity);
        }
        day[size] = (int) s.day().toEpochDay();
        order[size] = s.orderId();
        sold[size] = s.sold();
        customer[size] = s.customerId() == null ? GUEST : customers.code(s.customerId());
        channel[size] = channels.code(s.channelId());
        province[size] = provinces.code(s.province());
        warehouse[size] = warehouses.code(s.warehouseId());
        category[size] = categories.code(s.categoryId());
        hour[size] = (byte) s.hour();
        // The rollups' amounts have scale 4 (V15), so these are exact.
        gmv[size] = s.gmv().movePointRight(KpiSliceIndex.SCALE).longValueExact();
        units[size] = s.units();
        net[size] = s.net().movePointRight(KpiSliceIndex.SCALE).longValueExact();
        size++;
    }

    void first(Long customerId, LocalDate day) {
        first.put(customerId, day);
    }

    /** First days by customer code; a buyer without one (never, but for a race) never counts as new. */
    int[] firstDays() {
        int[] days = new int[customers.size()];
        Arrays.fill(days, Integer.MAX_VALUE);
        customers.forEach((id, code) -> {
            LocalDate day = first.get(id);
            if (day != null) {
                days[code] = (int) day.toEpochDay();
            }
        });
        return days;
    }
}

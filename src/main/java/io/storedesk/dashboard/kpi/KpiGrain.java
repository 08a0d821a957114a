package io.storedesk.dashboard.kpi;

import java.util.Optional;

/**
 * The grains of kpi_sales (V32): each splits the sales of a day and channel by at most one more thing an order
 * has (province or hour) or by the line columns it names (warehouse, category). A question is answered by the
 * grain that splits by exactly the line columns it uses (an order split across two warehouses must count once
 * per warehouse, never once per category) and by every order column it uses; questions no grain answers
 * (province or hour together with a warehouse or category) read the order slices instead.
 */
enum KpiGrain {
    DAY(0, false, false, false, false),
    WAREHOUSE(1, true, false, false, false),
    CATEGORY(2, false, true, false, false),
    WAREHOUSE_CATEGORY(3, true, true, false, false),
    PROVINCE(4, false, false, true, false),
    HOUR(5, false, false, false, true);

    final int code;
    final boolean warehouse;
    final boolean category;
    final boolean province;
    final boolean hour;

    KpiGrain(int code, boolean warehouse, boolean category, boolean province, boolean hour) {
        this.code = code;
        this.warehouse = warehouse;
        this.category = category;
        this.province = province;
        this.hour = hour;
    }

    /** The grain for a filter grouped by a column of the slices (null = by day only); empty = read the slices. */
    static Optional<KpiGrain> of(KpiFilter filter, String groupColumn) {
        boolean w = filter.warehouseId() != null || "warehouse_id".equals(groupColumn);
        boolean c = filter.categoryId() != null || "category_id".equals(groupColumn);
        boolean p = filter.province() != null || "province".equals(groupColumn);
        boolean h = "placed_hour".equals(groupColumn);
        for (KpiGrain grain : values()) {
            if (grain.warehouse == w && grain.category == c && (grain.province || !p) && (grain.hour || !h)) {
                return Optional.of(grain);
            }
        }
        return Optional.empty();
    }
}

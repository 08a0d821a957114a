package io.storedesk.dashboard.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A day range and a filter as SQL over the rollups' shared column names, with its bind values. Over the tables
 * keyed by day (V32: the order slices and SKU days) it also names the range of their key, which is what lets H2
 * read the days in place.
 */
record RollupWhere(String dayColumn, KpiFilter filter, LocalDate from, LocalDate to, boolean keyed) {

    static RollupWhere of(KpiFilter filter, String dayColumn, LocalDate from, LocalDate to) {
        return new RollupWhere(dayColumn, filter, from, to, false);
    }

    /** Over kpi_order_slice or kpi_sku_day, whose id starts with the day (RollupKeys). */
    static RollupWhere keyed(KpiFilter filter, String dayColumn, LocalDate from, LocalDate to) {
        return new RollupWhere(dayColumn, filter, from, to, true);
    }

    String sql() {
        return sql("");
    }

    String sql(String alias) {
        StringBuilder sql = new StringBuilder(dayColumn + " BETWEEN ? AND ?");
        if (keyed) {
            sql.append(" AND ").append(alias).append("id >= ? AND ").append(alias).append("id < ?");
        }
        if (filter.channelId() != null) {
            sql.append(" AND ").append(alias).append("channel_id = ?");
        }
        if (filter.warehouseId() != null) {
            sql.append(" AND ").append(alias).append("warehouse_id = ?");
        }
        if (filter.categoryId() != null) {
            sql.append(" AND ").append(alias).append("category_id = ?");
        }
        if (filter.province() != null) {
            sql.append(" AND ").append(alias).append("province = ?");
        }
        return sql.toString();
    }

    Object[] binds() {
        List<Object> binds = new ArrayList<>(List.of(from, to));
        if (keyed) {
            binds.add(RollupKeys.first(from));
            binds.add(RollupKeys.first(to.plusDays(1)));
        }
        for (Object value : new Object[] {filter.channelId(), filter.warehouseId(), filter.categoryId(),
            filter.province()}) {
            if (value != null) {
                binds.add(value);
            }
        }
        return binds.toArray();
    }
}

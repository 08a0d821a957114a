package io.storedesk.dashboard.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A day range and a filter as SQL over the rollups' shared column names, with its bind values. */
record RollupWhere(String dayColumn, KpiFilter filter, LocalDate from, LocalDate to) {

    static RollupWhere of(KpiFilter filter, String dayColumn, LocalDate from, LocalDate to) {
        return new RollupWhere(dayColumn, filter, from, to);
    }

    String sql() {
        return sql("");
    }

    String sql(String alias) {
        StringBuilder sql = new StringBuilder(dayColumn + " BETWEEN ? AND ?");
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
        for (Object value : new Object[] {filter.channelId(), filter.warehouseId(), filter.categoryId(),
            filter.province()}) {
            if (value != null) {
                binds.add(value);
            }
        }
        return binds.toArray();
    }
}

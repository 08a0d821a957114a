package io.storedesk.dashboard.kpi;

import static io.storedesk.store.schema.Tables.KPI_SKU_DAY;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** Reads the rollups' SKU days (kpi_sku_day) for KpiSkuSalesIndex, a week of days at a time. */
public final class KpiSkuDayRepository {

    private static final int WEEK = 7;

    private final DSLContext dsl;

    public KpiSkuDayRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A SKU day's sold lines of one channel, warehouse, category and province. */
    record SkuDay(LocalDate day, long skuId, long channelId, String province, Long warehouseId, Long categoryId,
                  BigDecimal gmv, long units) {
    }

    /** Every SKU day with a SKU, in order of the key (by day). */
    void forEachSkuDay(Consumer<List<SkuDay>> chunk) {
        Record range = dsl.select(DSL.min(KPI_SKU_DAY.ID), DSL.max(KPI_SKU_DAY.ID)).from(KPI_SKU_DAY).fetchOne();
        if (range.get(0) == null) {
            return;
        }
        LocalDate last = LocalDate.ofEpochDay(range.get(1, Long.class) >> 32);
        for (LocalDate day = LocalDate.ofEpochDay(range.get(0, Long.class) >> 32); !day.isAfter(last);
             day = day.plusDays(WEEK)) {
            var query = dsl.select(KPI_SKU_DAY.PLACED_DAY, KPI_SKU_DAY.SKU_ID, KPI_SKU_DAY.CHANNEL_ID,
                            KPI_SKU_DAY.PROVINCE, KPI_SKU_DAY.WAREHOUSE_ID, KPI_SKU_DAY.CATEGORY_ID, KPI_SKU_DAY.GMV,
                            KPI_SKU_DAY.UNITS)
                    .from(KPI_SKU_DAY)
                    .where(KPI_SKU_DAY.ID.ge(RollupKeys.first(day)),
                            KPI_SKU_DAY.ID.lt(RollupKeys.first(day.plusDays(WEEK))), KPI_SKU_DAY.SKU_ID.isNotNull())
                    .orderBy(KPI_SKU_DAY.ID);
            List<SkuDay> rows = new ArrayList<>();
            try (ResultSet r = query.fetchResultSet()) {
                while (r.next()) {
                    rows.add(new SkuDay(r.getObject(1, LocalDate.class), r.getLong(2), r.getLong(3), r.getString(4),
                            nullableLong(r, 5), nullableLong(r, 6), r.getBigDecimal(7), r.getLong(8)));
                }
            } catch (SQLException e) {
                throw new DataAccessException("reading the SKU days of the KPI rollups", e);
            }
            chunk.accept(rows);
        }
    }

    private static Long nullableLong(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }
}

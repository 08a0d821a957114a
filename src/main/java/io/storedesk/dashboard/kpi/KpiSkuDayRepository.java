package io.storedesk.dashboard.kpi;

import static io.storedesk.store.schema.Tables.KPI_SKU_DAY;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;

/** Reads the rollups' SKU days (kpi_sku_day) for KpiSkuSalesIndex. */
public final class KpiSkuDayRepository {

    private final DSLContext dsl;

    public KpiSkuDayRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A SKU day's sold lines of one channel, warehouse, category and province; costs as V15 has them. */
    record SkuDay(LocalDate day, long skuId, long channelId, String province, Long warehouseId, Long categoryId,
                  BigDecimal gmv, long units, BigDecimal costedGmv, BigDecimal cost) {
    }

    /** Every SKU day with a SKU, in order of the key (by day), a day at a time. */
    void forEachSkuDay(Consumer<List<SkuDay>> chunk) {
        RollupDayRepository.forEachDay(dsl, KPI_SKU_DAY, KPI_SKU_DAY.ID, this::skuDaysOf, KpiSkuDayRepository::skuDay,
                chunk);
    }

    /** The SKU days with a SKU of these days, a day at a time, in order of the key. */
    void forEachSkuDay(Collection<LocalDate> days, Consumer<List<SkuDay>> chunk) {
        RollupDayRepository.forDays(KPI_SKU_DAY, KPI_SKU_DAY.ID, days, this::skuDaysOf, KpiSkuDayRepository::skuDay,
                chunk);
    }

    private ResultQuery<? extends Record> skuDaysOf(Condition day) {
        return dsl.select(KPI_SKU_DAY.PLACED_DAY, KPI_SKU_DAY.SKU_ID, KPI_SKU_DAY.CHANNEL_ID, KPI_SKU_DAY.PROVINCE,
                        KPI_SKU_DAY.WAREHOUSE_ID, KPI_SKU_DAY.CATEGORY_ID, KPI_SKU_DAY.GMV, KPI_SKU_DAY.UNITS,
                        KPI_SKU_DAY.COSTED_GMV, KPI_SKU_DAY.COST)
                .from(KPI_SKU_DAY)
                .where(day, KPI_SKU_DAY.SKU_ID.isNotNull())
                .orderBy(KPI_SKU_DAY.ID);
    }

    private static SkuDay skuDay(ResultSet r) throws SQLException {
        return new SkuDay(r.getObject(1, LocalDate.class), r.getLong(2), r.getLong(3), r.getString(4),
                RollupDayRepository.nullableLong(r, 5), RollupDayRepository.nullableLong(r, 6), r.getBigDecimal(7),
                r.getLong(8), r.getBigDecimal(9), r.getBigDecimal(10));
    }
}

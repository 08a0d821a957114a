package io.storedesk.dashboard.kpi;

import static io.storedesk.store.schema.Tables.KPI_CUSTOMER_FIRST;
import static io.storedesk.store.schema.Tables.KPI_ORDER_SLICE;
import static io.storedesk.store.schema.Tables.KPI_ROLLUP_STATE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Reads the rollups' identified buyers for KpiCustomerIndex: their sold order slices and their first days. */
public final class KpiBuyerRepository {

    /** Customers read at a time: the rows stay under what H2 keeps of a result in memory. */
    private static final int RANGE = 20_000;

    private final DSLContext dsl;

    public KpiBuyerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A sold slice of an identified buyer's order (V15's kpi_order_slice). */
    record BuyerSlice(long orderId, LocalDate day, long customerId, long channelId, String province,
                      Long warehouseId, Long categoryId, BigDecimal gmv) {
    }

    /** The rollups' generation (KpiRollups); 0 = never built. */
    public long generation() {
        Long generation = dsl.select(KPI_ROLLUP_STATE.GENERATION).from(KPI_ROLLUP_STATE)
                .fetchOne(KPI_ROLLUP_STATE.GENERATION);
        return generation == null ? 0 : generation;
    }

    /** Every sold slice with a buyer, a week of days at a time, in order of the key. */
    void forEachBuyerSlice(Consumer<List<BuyerSlice>> chunk) {
        RollupWeekRepository.forEachWeek(dsl, KPI_ORDER_SLICE, KPI_ORDER_SLICE.ID, week -> dsl.select(KPI_ORDER_SLICE.ORDER_ID,
                                KPI_ORDER_SLICE.PLACED_DAY, KPI_ORDER_SLICE.CUSTOMER_ID, KPI_ORDER_SLICE.CHANNEL_ID,
                                KPI_ORDER_SLICE.PROVINCE, KPI_ORDER_SLICE.WAREHOUSE_ID, KPI_ORDER_SLICE.CATEGORY_ID,
                                KPI_ORDER_SLICE.GMV)
                        .from(KPI_ORDER_SLICE)
                        .where(week, KPI_ORDER_SLICE.SOLD.isTrue(), KPI_ORDER_SLICE.CUSTOMER_ID.isNotNull())
                        .orderBy(KPI_ORDER_SLICE.ID),
                r -> new BuyerSlice(r.getLong(1), r.getObject(2, LocalDate.class), r.getLong(3), r.getLong(4),
                        r.getString(5), RollupWeekRepository.nullableLong(r, 6), RollupWeekRepository.nullableLong(r, 7),
                        r.getBigDecimal(8)),
                chunk);
    }

    /** Every identified buyer's first day with a sold line. */
    void forEachFirstDay(BiConsumer<Long, LocalDate> first) {
        Record range = dsl.select(DSL.min(KPI_CUSTOMER_FIRST.CUSTOMER_ID), DSL.max(KPI_CUSTOMER_FIRST.CUSTOMER_ID))
                .from(KPI_CUSTOMER_FIRST).fetchOne();
        if (range.get(0) == null) {
            return;
        }
        long last = range.get(1, Long.class);
        for (long from = range.get(0, Long.class); from <= last; from += RANGE) {
            dsl.select(KPI_CUSTOMER_FIRST.CUSTOMER_ID, KPI_CUSTOMER_FIRST.FIRST_DAY).from(KPI_CUSTOMER_FIRST)
                    .where(KPI_CUSTOMER_FIRST.CUSTOMER_ID.between(from, from + RANGE - 1))
                    .forEach(r -> first.accept(r.value1(), r.value2()));
        }
    }
}

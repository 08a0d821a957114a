package io.storedesk.dashboard.kpi;

import static io.storedesk.store.schema.Tables.KPI_CUSTOMER_FIRST;
import static io.storedesk.store.schema.Tables.KPI_ORDER_SLICE;
import static io.storedesk.store.schema.Tables.KPI_ROLLUP_CHANGE;
import static io.storedesk.store.schema.Tables.KPI_ROLLUP_CHANGE_DAY;
import static io.storedesk.store.schema.Tables.KPI_ROLLUP_STATE;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/** Reads the rollups for KpiSliceIndex: every order slice, the identified buyers' first days, the generation. */
public final class KpiSliceRepository {

    /** Customers read at a time: the rows stay under what H2 keeps of a result in memory. */
    private static final int RANGE = 20_000;
    /** Catch-ups followed back at most: beyond, reading everything again is as cheap. */
    private static final int MAX_CHANGES = 200;

    private final DSLContext dsl;

    public KpiSliceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An order's lines from one warehouse in one category (V15's kpi_order_slice); customerId null = a guest. */
    record Slice(long orderId, LocalDate day, int hour, Long customerId, long channelId, String province,
                 Long warehouseId, Long categoryId, boolean sold, BigDecimal gmv, long units, BigDecimal net) {
    }

    /** The rollups' generation (KpiRollups); 0 = never built. */
    public long generation() {
        Long generation = dsl.select(KPI_ROLLUP_STATE.GENERATION).from(KPI_ROLLUP_STATE)
                .fetchOne(KPI_ROLLUP_STATE.GENERATION);
        return generation == null ? 0 : generation;
    }

    /** Every slice, a day at a time, in order of the key. */
    void forEachSlice(Consumer<List<Slice>> chunk) {
        RollupDayRepository.forEachDay(dsl, KPI_ORDER_SLICE, KPI_ORDER_SLICE.ID, this::slicesOfDay,
                KpiSliceRepository::slice, chunk);
    }

    /** The slices of these days, a day at a time, in order of the key. */
    void forEachSlice(Collection<LocalDate> days, Consumer<List<Slice>> chunk) {
        RollupDayRepository.forDays(KPI_ORDER_SLICE, KPI_ORDER_SLICE.ID, days, this::slicesOfDay,
                KpiSliceRepository::slice, chunk);
    }

    private ResultQuery<? extends Record> slicesOfDay(Condition day) {
        return dsl.select(KPI_ORDER_SLICE.ORDER_ID, KPI_ORDER_SLICE.PLACED_DAY, KPI_ORDER_SLICE.PLACED_HOUR,
                        KPI_ORDER_SLICE.CUSTOMER_ID, KPI_ORDER_SLICE.CHANNEL_ID, KPI_ORDER_SLICE.PROVINCE,
                        KPI_ORDER_SLICE.WAREHOUSE_ID, KPI_ORDER_SLICE.CATEGORY_ID, KPI_ORDER_SLICE.SOLD,
                        KPI_ORDER_SLICE.GMV, KPI_ORDER_SLICE.UNITS, KPI_ORDER_SLICE.NET_AMOUNT)
                .from(KPI_ORDER_SLICE)
                .where(day)
                .orderBy(KPI_ORDER_SLICE.ID);
    }

    private static Slice slice(ResultSet r) throws SQLException {
        return new Slice(r.getLong(1), r.getObject(2, LocalDate.class), r.getInt(3),
                RollupDayRepository.nullableLong(r, 4), r.getLong(5), r.getString(6),
                RollupDayRepository.nullableLong(r, 7), RollupDayRepository.nullableLong(r, 8), r.getBoolean(9),
                r.getBigDecimal(10), r.getLong(11), r.getBigDecimal(12));
    }

    /**
     * The days whose slices and SKU days changed from generation `from` to generation `to`, following the
     * catch-ups' records back from `to` (V34); empty when a rebuild lies between them, or they are too far apart.
     */
    Optional<Set<LocalDate>> daysChanged(long from, long to) {
        Set<LocalDate> days = new TreeSet<>();
        long at = to;
        for (int step = 0; at != from; step++) {
            Long previous = step == MAX_CHANGES ? null : dsl.select(KPI_ROLLUP_CHANGE.PREVIOUS_GENERATION)
                    .from(KPI_ROLLUP_CHANGE).where(KPI_ROLLUP_CHANGE.GENERATION.eq(at))
                    .fetchOne(KPI_ROLLUP_CHANGE.PREVIOUS_GENERATION);
            if (previous == null) {
                return Optional.empty();
            }
            days.addAll(dsl.select(KPI_ROLLUP_CHANGE_DAY.PLACED_DAY).from(KPI_ROLLUP_CHANGE_DAY)
                    .where(KPI_ROLLUP_CHANGE_DAY.GENERATION.eq(at)).fetch(KPI_ROLLUP_CHANGE_DAY.PLACED_DAY));
            at = previous;
        }
        return Optional.of(days);
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

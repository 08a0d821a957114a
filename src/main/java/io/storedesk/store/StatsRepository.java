package io.storedesk.store;

import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.SKU;
import static io.storedesk.store.schema.Tables.WAREHOUSE;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;

import io.storedesk.store.schema.DefaultSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Table;

/** Counts every table of the schema, so a new table shows up in `storedesk stats` by itself. */
public final class StatsRepository {

    private final DSLContext dsl;

    public StatsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** True while the store holds no business data (settings and seeded policies do not count). */
    public boolean isEmpty() {
        return dsl.fetchCount(WAREHOUSE) == 0 && dsl.fetchCount(SKU) == 0 && dsl.fetchCount(ORDERS) == 0;
    }

    public StoreStats stats(ZoneId shopZone) {
        Map<String, Long> counts = new TreeMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            counts.put(table.getName(), (long) dsl.fetchCount(table));
        }
        Record2<Instant, Instant> span = dsl.select(min(ORDERS.PLACED_AT), max(ORDERS.PLACED_AT)).from(ORDERS).fetchOne();
        LocalDate first = span == null || span.value1() == null ? null : LocalDate.ofInstant(span.value1(), shopZone);
        LocalDate last = span == null || span.value2() == null ? null : LocalDate.ofInstant(span.value2(), shopZone);
        return new StoreStats(counts, first, last);
    }
}

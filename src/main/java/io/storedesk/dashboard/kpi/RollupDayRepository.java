package io.storedesk.dashboard.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Reads a rollup table whose id starts with the day (RollupKeys) a day at a time, in order of the id, through the
 * JDBC result: a million rows made into jOOQ records cost more than reading them. A day's rows stay under what H2
 * keeps of a result in memory (MAX_MEMORY_ROWS); a week of the benchmark's order slices (75,000 rows) did not, H2
 * buffered them in a temporary file first, and reading the indexes took about 2 s longer. For the in-memory
 * indexes (KpiSliceIndex, KpiSkuSalesIndex).
 */
final class RollupDayRepository {

    /** A row of the JDBC result as a record. */
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private RollupDayRepository() {
    }

    /** query: the select for a day, given the condition on the id that bounds it; it must order by the id. */
    static <T> void forEachDay(DSLContext dsl, Table<?> table, Field<Long> id,
                               Function<Condition, ResultQuery<? extends Record>> query, RowReader<T> reader,
                               Consumer<List<T>> chunk) {
        Record range = dsl.select(DSL.min(id), DSL.max(id)).from(table).fetchOne();
        if (range.get(0) == null) {
            return;
        }
        LocalDate last = LocalDate.ofEpochDay(range.get(1, Long.class) >> 32);
        for (LocalDate day = LocalDate.ofEpochDay(range.get(0, Long.class) >> 32); !day.isAfter(last);
             day = day.plusDays(1)) {
            chunk.accept(readDay(table, id, day, query, reader));
        }
    }

    /** The same for these days only (what a catch-up changed). */
    static <T> void forDays(Table<?> table, Field<Long> id, Collection<LocalDate> days,
                            Function<Condition, ResultQuery<? extends Record>> query, RowReader<T> reader,
                            Consumer<List<T>> chunk) {
        for (LocalDate day : days) {
            chunk.accept(readDay(table, id, day, query, reader));
        }
    }

    private static <T> List<T> readDay(Table<?> table, Field<Long> id, LocalDate day,
                                       Function<Condition, ResultQuery<? extends Record>> query, RowReader<T> reader) {
        List<T> rows = new ArrayList<>();
        try (ResultSet r = query.apply(id.ge(RollupKeys.first(day)).and(id.lt(RollupKeys.first(day.plusDays(1)))))
                .fetchResultSet()) {
            while (r.next()) {
                rows.add(reader.read(r));
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading " + table.getName() + " of the KPI rollups", e);
        }
        return rows;
    }

    static Long nullableLong(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }
}

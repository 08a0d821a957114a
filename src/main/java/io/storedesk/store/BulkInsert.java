package io.storedesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * Inserts many new rows through one prepared statement and JDBC batches: jOOQ renders the INSERT once,
 * the rows are only bound. Used where a store load or an import writes thousands of rows, where
 * rendering a statement per row costs more than the database's own work. Runs on the caller's
 * connection, so it joins the caller's transaction.
 */
public final class BulkInsert {

    private static final int BATCH = 1_000;
    /** Rows per statement of insertMany; fewer where they would need more binds than PostgreSQL takes. */
    private static final int ROWS_PER_STATEMENT = 100;
    private static final int MAX_BINDS = 30_000;

    private BulkInsert() {
    }

    /** Inserts the rows (each must set the same columns). */
    public static <R extends TableRecord<R>> void insert(DSLContext ctx, List<R> records) {
        run(ctx, records, false);
    }

    /**
     * Inserts the rows (each must set the same columns) through statements of many rows each: H2 pays a good
     * part of a row's cost per statement, so a million derived rows (the KPI rollups) go in four times faster
     * than through batches of single-row statements (decision 0037). Both databases take a statement's rows
     * whole or not at all, as they take a batch within the caller's transaction.
     */
    public static <R extends TableRecord<R>> void insertMany(DSLContext ctx, List<R> records) {
        if (records.isEmpty()) {
            return;
        }
        List<Field<?>> columns = changedColumns(records.get(0));
        requireSameColumns(records);
        insertValues(ctx, records.get(0).getTable(), columns, records,
                r -> columns.stream().map(r::get).toArray());
    }

    /**
     * Inserts rows given as their values in the order of the columns, many rows a statement as insertMany does,
     * without a jOOQ record per row: for the KPI rollups' million rows, making and reading the records cost
     * as much as the database's work.
     */
    public static <T> void insertValues(DSLContext ctx, Table<?> table, List<? extends Field<?>> columns,
                                        List<T> rows, Function<? super T, Object[]> values) {
        if (rows.isEmpty()) {
            return;
        }
        int perStatement = Math.max(1, Math.min(ROWS_PER_STATEMENT, MAX_BINDS / columns.size()));
        ctx.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(render(ctx, table, columns,
                    perStatement))) {
                int from = 0;
                for (; from + perStatement <= rows.size(); from += perStatement) {
                    bindRows(statement, rows.subList(from, from + perStatement), columns.size(), values);
                    statement.executeUpdate();
                }
                if (from < rows.size()) {
                    List<T> rest = rows.subList(from, rows.size());
                    try (PreparedStatement last = connection.prepareStatement(render(ctx, table, columns,
                            rest.size()))) {
                        bindRows(last, rest, columns.size(), values);
                        last.executeUpdate();
                    }
                }
            }
        });
    }

    private static String render(DSLContext ctx, Table<?> table, List<? extends Field<?>> columns, int rows) {
        var insert = ctx.insertInto(table).columns(columns);
        var values = insert.values(columns.stream().map(f -> DSL.val(null, f)).toList());
        for (int i = 1; i < rows; i++) {
            values = values.values(columns.stream().map(f -> DSL.val(null, f)).toList());
        }
        return ctx.render(values);
    }

    private static <T> void bindRows(PreparedStatement statement, List<T> rows, int width,
                                     Function<? super T, Object[]> values) throws SQLException {
        int index = 1;
        for (T row : rows) {
            Object[] v = values.apply(row);
            if (v.length != width) {
                throw new IllegalArgumentException(v.length + " values for " + width + " columns");
            }
            for (Object value : v) {
                statement.setObject(index++, jdbcValue(value));
            }
        }
    }

    private static <R extends TableRecord<R>> List<Field<?>> changedColumns(R first) {
        List<Field<?>> columns = new ArrayList<>();
        for (Field<?> field : first.fields()) {
            if (first.changed(field)) {
                columns.add(field);
            }
        }
        return columns;
    }

    /** Inserts the rows and returns their generated ids in the order given. */
    public static <R extends TableRecord<R>> List<Long> insertReturningIds(DSLContext ctx, List<R> records) {
        return run(ctx, records, true);
    }

    private static <R extends TableRecord<R>> List<Long> run(DSLContext ctx, List<R> records, boolean returnIds) {
        if (records.isEmpty()) {
            return List.of();
        }
        R first = records.get(0);
        List<Field<?>> columns = changedColumns(first);
        requireSameColumns(records);
        String sql = ctx.render(ctx.insertInto(first.getTable()).columns(columns)
                .values(columns.stream().map(f -> DSL.val(null, f)).toList()));
        return ctx.connectionResult(connection -> {
            List<Long> ids = new ArrayList<>(returnIds ? records.size() : 0);
            int keys = returnIds ? Statement.RETURN_GENERATED_KEYS : Statement.NO_GENERATED_KEYS;
            try (PreparedStatement statement = connection.prepareStatement(sql, keys)) {
                int pending = 0;
                for (R record : records) {
                    bind(statement, record, columns);
                    statement.addBatch();
                    if (++pending == BATCH) {
                        execute(statement, returnIds, ids);
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    execute(statement, returnIds, ids);
                }
            }
            if (returnIds && ids.size() != records.size()) {
                throw new IllegalStateException("the database returned " + ids.size() + " ids for " + records.size()
                        + " rows of " + first.getTable().getName());
            }
            return ids;
        });
    }

    private static <R extends TableRecord<R>> void bind(PreparedStatement statement, R record, List<Field<?>> columns)
            throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            statement.setObject(i + 1, jdbcValue(record.get(columns.get(i))));
        }
    }

    /**
     * One statement serves all rows, so all must set the same columns: a row leaving one unset would get
     * NULL instead of the column's default, and a column only some rows set would be dropped.
     */
    private static <R extends TableRecord<R>> void requireSameColumns(List<R> records) {
        R first = records.get(0);
        boolean[] set = new boolean[first.size()];
        for (int i = 0; i < set.length; i++) {
            set[i] = first.changed(i);
        }
        for (R record : records) {
            for (int i = 0; i < set.length; i++) {
                if (record.changed(i) != set[i]) {
                    throw new IllegalArgumentException("rows of " + record.getTable().getName()
                            + " set different columns: " + record.field(i).getName() + " is not set on every row");
                }
            }
        }
    }

    /** JDBC 4.2 knows OffsetDateTime, not Instant (PostgreSQL's driver refuses Instant). */
    static Object jdbcValue(Object value) {
        return value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
    }

    private static void execute(PreparedStatement statement, boolean returnIds, List<Long> ids) throws SQLException {
        statement.executeBatch();
        if (returnIds) {
            try (ResultSet generated = statement.getGeneratedKeys()) {
                while (generated.next()) {
                    ids.add(generated.getLong("id"));
                }
            }
        }
    }
}

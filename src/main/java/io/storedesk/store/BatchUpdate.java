package io.storedesk.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * Runs one UPDATE for many rows: jOOQ renders it once, each row's values are bound into JDBC batches of
 * 1,000 on the caller's connection (so it joins the caller's transaction). Unlike jOOQ's own batch, the
 * values of a row are made only when it is bound, so 100,000 rows never hold all their values at once.
 */
public final class BatchUpdate {

    private static final int BATCH = 1_000;

    private BatchUpdate() {
    }

    /**
     * The statement's bind values, in the order it renders them, are taken from each row by values; returns
     * the number of records each row changed.
     */
    public static <T> int[] execute(DSLContext ctx, Query statement, List<T> rows, Function<T, Object[]> values) {
        int[] counts = new int[rows.size()];
        if (rows.isEmpty()) {
            return counts;
        }
        String sql = ctx.render(statement);
        return ctx.connectionResult(connection -> {
            try (PreparedStatement prepared = connection.prepareStatement(sql)) {
                int done = 0;
                for (int i = 0; i < rows.size(); i++) {
                    bind(prepared, values.apply(rows.get(i)));
                    prepared.addBatch();
                    if (i + 1 - done == BATCH || i + 1 == rows.size()) {
                        int[] batch = prepared.executeBatch();
                        System.arraycopy(batch, 0, counts, done, batch.length);
                        done = i + 1;
                    }
                }
            }
            return counts;
        });
    }

    private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, BulkInsert.jdbcValue(values[i]));
        }
    }
}

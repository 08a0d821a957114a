package io.storedesk.architecture;

import static io.storedesk.store.schema.Tables.STOCK_BATCH;
import static io.storedesk.store.schema.Tables.STOCK_LEVEL;
import static io.storedesk.store.schema.Tables.STOCK_MOVEMENT;

import io.storedesk.store.schema.tables.records.StockLevelRecord;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * Code StockWritesTest must catch (and one class it must let through): each way of writing a stock quantity
 * without the ledger repository. Only imported by that test; nothing calls it.
 */
final class SneakyStockWriters {

    private SneakyStockWriters() {
    }

    /** Sets on hand straight away. */
    static final class Update {
        static void write(DSLContext dsl) {
            dsl.update(STOCK_LEVEL).set(STOCK_LEVEL.ON_HAND, 0).execute();
        }
    }

    /** Deletes ledger rows inside a transaction lambda, with the table picked outside it. */
    static final class DeleteInLambda {
        static void write(DSLContext dsl) {
            Table<?> ledger = STOCK_MOVEMENT;
            dsl.transaction(() -> dsl.deleteFrom(ledger).execute());
        }
    }

    /** Stores a level record. */
    static final class Record {
        static void write(DSLContext dsl) {
            StockLevelRecord level = dsl.newRecord(STOCK_LEVEL);
            level.setOnHand(5);
            level.store();
        }
    }

    /** Inserts a batch with a plain insert. */
    static final class Insert {
        static void write(DSLContext dsl) {
            dsl.insertInto(STOCK_BATCH, STOCK_BATCH.QUANTITY).values(3).execute();
        }
    }

    /** Writes through SQL text, which no rule on jOOQ calls can read. */
    static final class Text {
        static void write(DSLContext dsl) {
            dsl.execute("UPDATE stock_level SET on_hand = 0");
        }
    }

    /** Only reads: allowed. */
    static final class Reader {
        static List<Integer> read(DSLContext dsl) {
            return dsl.select(STOCK_LEVEL.ON_HAND).from(STOCK_LEVEL).fetch(STOCK_LEVEL.ON_HAND);
        }
    }
}

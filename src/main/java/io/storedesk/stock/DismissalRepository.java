package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.STOCK_WARNING_DISMISSAL;

import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Stock warnings people snoozed or dismissed. */
public final class DismissalRepository {

    private final DSLContext dsl;

    public DismissalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Dismissal> all() {
        return dsl.selectFrom(STOCK_WARNING_DISMISSAL)
                .orderBy(STOCK_WARNING_DISMISSAL.ID)
                .fetch(r -> new Dismissal(new WarningKey(WarningKind.valueOf(r.getKind()),
                        new PositionKey(r.getSkuId(), r.getWarehouseId()), r.getBatchId() == null ? 0 : r.getBatchId()),
                        r.getUntilDate(), r.getReason(), r.getUserName(), r.getCreatedAt()));
    }

    /** Stores the dismissal in place of any earlier one of the same warning. */
    public void put(Dismissal dismissal) {
        dsl.transaction(() -> {
            delete(List.of(dismissal.warning()));
            WarningKey key = dismissal.warning();
            dsl.insertInto(STOCK_WARNING_DISMISSAL, STOCK_WARNING_DISMISSAL.SKU_ID,
                            STOCK_WARNING_DISMISSAL.WAREHOUSE_ID, STOCK_WARNING_DISMISSAL.KIND,
                            STOCK_WARNING_DISMISSAL.BATCH_ID, STOCK_WARNING_DISMISSAL.UNTIL_DATE,
                            STOCK_WARNING_DISMISSAL.REASON, STOCK_WARNING_DISMISSAL.USER_NAME,
                            STOCK_WARNING_DISMISSAL.CREATED_AT)
                    .values(key.position().skuId(), key.position().warehouseId(), key.kind().name(),
                            key.batchId() == 0 ? null : key.batchId(), dismissal.until(), dismissal.reason(),
                            dismissal.user(), dismissal.at())
                    .execute();
        });
    }

    public void delete(Collection<WarningKey> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        Condition any = DSL.or(warnings.stream().map(DismissalRepository::matches).toList());
        dsl.deleteFrom(STOCK_WARNING_DISMISSAL).where(any).execute();
    }

    /** Deletes each dismissal that is still stored as given (same person, same days); returns how many. */
    public int deleteUnchanged(Collection<Dismissal> made) {
        int deleted = 0;
        for (Dismissal dismissal : made) {
            deleted += dsl.deleteFrom(STOCK_WARNING_DISMISSAL)
                    .where(matches(dismissal.warning()))
                    .and(STOCK_WARNING_DISMISSAL.USER_NAME.eq(dismissal.user()))
                    .and(dismissal.until() == null ? STOCK_WARNING_DISMISSAL.UNTIL_DATE.isNull()
                            : STOCK_WARNING_DISMISSAL.UNTIL_DATE.eq(dismissal.until()))
                    .execute();
        }
        return deleted;
    }

    private static Condition matches(WarningKey key) {
        return STOCK_WARNING_DISMISSAL.SKU_ID.eq(key.position().skuId())
                .and(STOCK_WARNING_DISMISSAL.WAREHOUSE_ID.eq(key.position().warehouseId()))
                .and(STOCK_WARNING_DISMISSAL.KIND.eq(key.kind().name()))
                .and(key.batchId() == 0 ? STOCK_WARNING_DISMISSAL.BATCH_ID.isNull()
                        : STOCK_WARNING_DISMISSAL.BATCH_ID.eq(key.batchId()));
    }
}

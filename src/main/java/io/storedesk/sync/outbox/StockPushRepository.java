package io.storedesk.sync.outbox;

import static io.storedesk.store.schema.Tables.CHANNEL_SKU;
import static io.storedesk.store.schema.Tables.STOCK_PUSH_STATE;
import static io.storedesk.store.schema.Tables.SYNC_CONFLICT;

import io.storedesk.store.schema.tables.records.SyncConflictRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The listings mapped to a channel, the stock level last queued for each, and stock conflicts logged. */
public final class StockPushRepository {

    private final DSLContext dsl;

    public StockPushRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The channel's listed SKUs with the ids the channel knows them by. */
    public List<Listing> listings(long channelId) {
        return dsl.select(CHANNEL_SKU.SKU_ID, CHANNEL_SKU.EXTERNAL_SKU, CHANNEL_SKU.EXTERNAL_PRODUCT_ID,
                        CHANNEL_SKU.EXTERNAL_VARIANT_ID, CHANNEL_SKU.EXTERNAL_ITEM_ID)
                .from(CHANNEL_SKU)
                .where(CHANNEL_SKU.CHANNEL_ID.eq(channelId), CHANNEL_SKU.LISTED.isTrue())
                .orderBy(CHANNEL_SKU.EXTERNAL_SKU)
                .fetch(r -> new Listing(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** SKU id → the level last queued for the channel. */
    public Map<Long, Long> lastQueued(long channelId) {
        return dsl.select(STOCK_PUSH_STATE.SKU_ID, STOCK_PUSH_STATE.QUANTITY).from(STOCK_PUSH_STATE)
                .where(STOCK_PUSH_STATE.CHANNEL_ID.eq(channelId))
                .fetchMap(STOCK_PUSH_STATE.SKU_ID, STOCK_PUSH_STATE.QUANTITY);
    }

    public void saveQueued(long channelId, long skuId, long quantity, Instant at) {
        int updated = dsl.update(STOCK_PUSH_STATE)
                .set(STOCK_PUSH_STATE.QUANTITY, quantity)
                .set(STOCK_PUSH_STATE.PUSHED_AT, at)
                .where(STOCK_PUSH_STATE.CHANNEL_ID.eq(channelId), STOCK_PUSH_STATE.SKU_ID.eq(skuId))
                .execute();
        if (updated == 0) {
            dsl.insertInto(STOCK_PUSH_STATE, STOCK_PUSH_STATE.CHANNEL_ID, STOCK_PUSH_STATE.SKU_ID,
                    STOCK_PUSH_STATE.QUANTITY, STOCK_PUSH_STATE.PUSHED_AT).values(channelId, skuId, quantity, at).execute();
        }
    }

    /** Forgets what was queued for the SKUs behind these channel SKU codes, so the next push sends them again. */
    public void forget(long channelId, Collection<String> externalSkus) {
        if (externalSkus.isEmpty()) {
            return;
        }
        dsl.deleteFrom(STOCK_PUSH_STATE)
                .where(STOCK_PUSH_STATE.CHANNEL_ID.eq(channelId), STOCK_PUSH_STATE.SKU_ID.in(
                        dsl.select(CHANNEL_SKU.SKU_ID).from(CHANNEL_SKU)
                                .where(CHANNEL_SKU.CHANNEL_ID.eq(channelId), CHANNEL_SKU.EXTERNAL_SKU.in(externalSkus))))
                .execute();
    }

    public void logConflict(long channelId, Long runId, String entityKey, String field, String local, String remote,
                            String winner, Instant at) {
        SyncConflictRecord r = dsl.newRecord(SYNC_CONFLICT);
        r.setChannelId(channelId);
        r.setRunId(runId);
        r.setEntity("stock");
        r.setEntityKey(entityKey);
        r.setField(field);
        r.setLocalValue(local);
        r.setRemoteValue(remote);
        r.setWinner(winner);
        r.setOccurredAt(at);
        r.store();
    }

    /** One listed SKU of a channel: our SKU and the channel's ids for it (null where unknown). */
    public record Listing(long skuId, String externalSku, String productId, String variantId, String itemId) {
    }
}

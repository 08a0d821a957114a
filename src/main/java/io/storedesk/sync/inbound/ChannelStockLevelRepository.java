package io.storedesk.sync.inbound;

import static io.storedesk.store.schema.Tables.CHANNEL_STOCK_LEVEL;

import io.storedesk.store.BulkInsert;
import io.storedesk.store.Chunks;
import io.storedesk.store.schema.tables.records.ChannelStockLevelRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** Stock levels channels and the ERP report per item and location (channel_stock_level), beside ours. */
public final class ChannelStockLevelRepository {

    private final DSLContext dsl;

    public ChannelStockLevelRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One reported level. skuId null = no SKU of ours matches the item. */
    record Level(String itemId, String location, Long skuId, String skuCode, long available, Instant remoteUpdatedAt) {

        String key() {
            return itemId + "\u0000" + location;
        }
    }

    /** The channel's stored levels of these items, by {@link Level#key()}. */
    Map<String, Level> levels(long channelId, Collection<String> itemIds) {
        Map<String, Level> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(itemIds)) {
            dsl.selectFrom(CHANNEL_STOCK_LEVEL)
                    .where(CHANNEL_STOCK_LEVEL.CHANNEL_ID.eq(channelId), CHANNEL_STOCK_LEVEL.EXTERNAL_ITEM_ID.in(chunk))
                    .forEach(r -> {
                        Level l = new Level(r.getExternalItemId(), r.getLocation(), r.getSkuId(), r.getSkuCode(),
                                r.getAvailable(), r.getRemoteUpdatedAt());
                        found.put(l.key(), l);
                    });
        }
        return found;
    }

    void insert(long channelId, List<Level> levels, Instant at) {
        BulkInsert.insert(dsl, levels.stream().map(l -> {
            ChannelStockLevelRecord r = dsl.newRecord(CHANNEL_STOCK_LEVEL);
            r.setChannelId(channelId);
            r.setExternalItemId(l.itemId());
            r.setLocation(l.location());
            fill(r, l, at);
            return r;
        }).toList());
    }

    void update(long channelId, Level l, Instant at) {
        ChannelStockLevelRecord r = dsl.newRecord(CHANNEL_STOCK_LEVEL);
        fill(r, l, at);
        dsl.update(CHANNEL_STOCK_LEVEL).set(r)
                .where(CHANNEL_STOCK_LEVEL.CHANNEL_ID.eq(channelId), CHANNEL_STOCK_LEVEL.EXTERNAL_ITEM_ID.eq(l.itemId()),
                        CHANNEL_STOCK_LEVEL.LOCATION.eq(l.location()))
                .execute();
    }

    private static void fill(ChannelStockLevelRecord r, Level l, Instant at) {
        r.setSkuId(l.skuId());
        r.setSkuCode(l.skuCode());
        r.setAvailable(l.available());
        r.setRemoteUpdatedAt(l.remoteUpdatedAt());
        r.setSeenAt(at);
    }
}

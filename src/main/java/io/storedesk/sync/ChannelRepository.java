package io.storedesk.sync;

import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.CHANNEL_SKU;
import static io.storedesk.store.schema.Tables.CHANNEL_WAREHOUSE;
import static io.storedesk.store.schema.Tables.CUSTOMER;
import static io.storedesk.store.schema.Tables.ORDERS;

import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.ChannelRecord;
import io.storedesk.store.schema.tables.records.ChannelWarehouseRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Channels and which warehouses may ship for them. */
public final class ChannelRepository {

    private final DSLContext dsl;

    public ChannelRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<String, Long> insertChannels(List<Channel> channels) {
        BulkInsert.insert(dsl, channels.stream().map(c -> {
            ChannelRecord r = dsl.newRecord(CHANNEL);
            r.setCode(c.code());
            r.setName(c.name());
            r.setKind(c.kind().name());
            r.setCurrency(c.currency());
            r.setStockRatio(c.stockRatio());
            r.setStockBuffer(c.stockBuffer());
            r.setActive(c.active());
            return r;
        }).toList());
        return dsl.select(CHANNEL.CODE, CHANNEL.ID).from(CHANNEL).fetchMap(CHANNEL.CODE, CHANNEL.ID);
    }

    public Optional<Channel> findByCode(String code) {
        return dsl.selectFrom(CHANNEL).where(CHANNEL.CODE.eq(code)).fetchOptional()
                .map(r -> new Channel(r.getId(), r.getCode(), r.getName(), ChannelKind.valueOf(r.getKind()),
                        r.getCurrency(), r.getStockRatio(), r.getStockBuffer(), r.getActive()));
    }

    /** Whether any order, customer or mapping still belongs to the channel. */
    public boolean inUse(long channelId) {
        return dsl.fetchExists(ORDERS, ORDERS.CHANNEL_ID.eq(channelId))
                || dsl.fetchExists(CUSTOMER, CUSTOMER.CHANNEL_ID.eq(channelId))
                || dsl.fetchExists(CHANNEL_SKU, CHANNEL_SKU.CHANNEL_ID.eq(channelId));
    }

    public void delete(long channelId) {
        dsl.deleteFrom(CHANNEL).where(CHANNEL.ID.eq(channelId)).execute();
    }

    public List<Channel> channels() {
        return dsl.selectFrom(CHANNEL).orderBy(CHANNEL.CODE)
                .fetch(r -> new Channel(r.getId(), r.getCode(), r.getName(), ChannelKind.valueOf(r.getKind()),
                        r.getCurrency(), r.getStockRatio(), r.getStockBuffer(), r.getActive()));
    }

    /** Restricts a channel to the given warehouses (none given = every warehouse may ship it). */
    public void setEligibleWarehouses(long channelId, List<Long> warehouseIds) {
        dsl.transaction(() -> {
            // Thread-bound: joins the caller's unit of work if there is one (see Store).
            DSLContext ctx = dsl;
            ctx.deleteFrom(CHANNEL_WAREHOUSE).where(CHANNEL_WAREHOUSE.CHANNEL_ID.eq(channelId)).execute();
            BulkInsert.insert(ctx, warehouseIds.stream().map(id -> {
                ChannelWarehouseRecord r = ctx.newRecord(CHANNEL_WAREHOUSE);
                r.setChannelId(channelId);
                r.setWarehouseId(id);
                return r;
            }).toList());
        });
    }

    public List<Long> eligibleWarehouses(long channelId) {
        return dsl.select(CHANNEL_WAREHOUSE.WAREHOUSE_ID).from(CHANNEL_WAREHOUSE)
                .where(CHANNEL_WAREHOUSE.CHANNEL_ID.eq(channelId))
                .orderBy(CHANNEL_WAREHOUSE.WAREHOUSE_ID)
                .fetch(CHANNEL_WAREHOUSE.WAREHOUSE_ID);
    }
}

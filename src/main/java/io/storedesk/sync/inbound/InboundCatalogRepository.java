package io.storedesk.sync.inbound;

import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.CHANNEL_SKU;
import static org.jooq.impl.DSL.inline;

import io.storedesk.store.BulkInsert;
import io.storedesk.store.Chunks;
import io.storedesk.store.schema.tables.records.ChannelSkuRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** How a channel names our SKUs (channel_sku) and the channel's settings the listing sync reads. */
public final class InboundCatalogRepository {

    private final DSLContext dsl;

    public InboundCatalogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One channel's name for one of our SKUs. id 0 = not yet stored. */
    record Listing(long id, long skuId, String externalSku, String productId, String variantId, String itemId,
                   boolean listed) {

        boolean sameAs(Listing o) {
            return skuId == o.skuId && externalSku.equals(o.externalSku) && java.util.Objects.equals(productId, o.productId)
                    && java.util.Objects.equals(variantId, o.variantId) && java.util.Objects.equals(itemId, o.itemId)
                    && listed == o.listed;
        }
    }

    String settings(long channelId) {
        return dsl.select(CHANNEL.SETTINGS_JSON).from(CHANNEL).where(CHANNEL.ID.eq(channelId))
                .fetchOne(CHANNEL.SETTINGS_JSON);
    }

    /** The channel's listings with these external SKU codes, by code. */
    Map<String, Listing> listings(long channelId, Collection<String> externalSkus) {
        Map<String, Listing> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(externalSkus)) {
            dsl.selectFrom(CHANNEL_SKU).where(CHANNEL_SKU.CHANNEL_ID.eq(channelId), CHANNEL_SKU.EXTERNAL_SKU.in(chunk))
                    .forEach(r -> found.put(r.getExternalSku(), listing(r)));
        }
        return found;
    }

    /** The channel's listings by the item id its stock levels name (Shopify inventory item, else variant id). */
    Map<String, Listing> listingsByItem(long channelId, Collection<String> itemIds) {
        Map<String, Listing> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(itemIds)) {
            dsl.selectFrom(CHANNEL_SKU).where(CHANNEL_SKU.CHANNEL_ID.eq(channelId),
                            CHANNEL_SKU.EXTERNAL_ITEM_ID.in(chunk).or(CHANNEL_SKU.EXTERNAL_VARIANT_ID.in(chunk)))
                    .forEach(r -> {
                        Listing l = listing(r);
                        if (l.variantId() != null) {
                            found.putIfAbsent(l.variantId(), l);
                        }
                        if (l.itemId() != null) {
                            found.put(l.itemId(), l);
                        }
                    });
        }
        return found;
    }

    void insert(long channelId, List<Listing> listings, String user, Instant at) {
        BulkInsert.insert(dsl, listings.stream().map(l -> {
            ChannelSkuRecord r = dsl.newRecord(CHANNEL_SKU);
            r.setChannelId(channelId);
            r.setExternalSku(l.externalSku());
            fill(r, l);
            r.setUpdatedAt(at);
            r.setUpdatedBy(user);
            return r;
        }).toList());
    }

    void update(Listing l, String user, Instant at) {
        ChannelSkuRecord r = dsl.newRecord(CHANNEL_SKU);
        fill(r, l);
        r.setUpdatedAt(at);
        r.setUpdatedBy(user);
        dsl.update(CHANNEL_SKU).set(r).set(CHANNEL_SKU.VERSION, CHANNEL_SKU.VERSION.plus(inline(1)))
                .where(CHANNEL_SKU.ID.eq(l.id())).execute();
    }

    private static void fill(ChannelSkuRecord r, Listing l) {
        r.setSkuId(l.skuId());
        r.setExternalProductId(l.productId());
        r.setExternalVariantId(l.variantId());
        r.setExternalItemId(l.itemId());
        r.setListed(l.listed());
    }

    private static Listing listing(ChannelSkuRecord r) {
        return new Listing(r.getId(), r.getSkuId(), r.getExternalSku(), r.getExternalProductId(),
                r.getExternalVariantId(), r.getExternalItemId(), r.getListed());
    }
}

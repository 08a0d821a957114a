package io.storedesk.sync.outbox;

import io.storedesk.sync.Channel;
import io.storedesk.sync.FieldOwner;
import io.storedesk.sync.outbox.StockPushRepository.Listing;
import io.storedesk.sync.remote.RemoteRecord;
import io.storedesk.sync.remote.RemoteStockLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * StoreDesk wins on stock: a level a marketplace reports that differs from what we publish is logged as a
 * conflict (winner LOCAL) and forgotten as sent, so this run's stock push sets it right.
 */
public final class StockConflicts {

    private final StockPushRepository state;
    private final StockPushes stockPushes;

    public StockConflicts(StockPushRepository state, StockPushes stockPushes) {
        this.state = state;
        this.stockPushes = stockPushes;
    }

    /** Call in the transaction that stores the page; returns the conflicts logged. */
    public int check(Channel channel, List<RemoteRecord> records, long runId, Instant at) {
        List<RemoteStockLevel> levels = records.stream().filter(RemoteStockLevel.class::isInstance)
                .map(RemoteStockLevel.class::cast).toList();
        if (levels.isEmpty()) {
            return 0;
        }
        List<Listing> listings = state.listings(channel.id());
        Map<Long, Long> published = stockPushes.publishedBySku(channel.code());
        List<String> stale = new ArrayList<>();
        for (RemoteStockLevel level : levels) {
            Listing listing = listings.stream().filter(l -> matches(l, level)).findFirst().orElse(null);
            if (listing == null) {
                continue; // not a listing of ours: the inbound upserts report it
            }
            long ours = published.getOrDefault(listing.skuId(), 0L);
            if (ours != level.available()) {
                state.logConflict(channel.id(), runId, listing.externalSku(), "available", String.valueOf(ours),
                        String.valueOf(level.available()), FieldOwner.LOCAL.name(), at);
                stale.add(listing.externalSku());
            }
        }
        state.forget(channel.id(), stale);
        return stale.size();
    }

    private static boolean matches(Listing listing, RemoteStockLevel level) {
        String id = level.externalId();
        return id != null && (id.equals(listing.itemId()) || id.equals(listing.variantId()))
                || level.sku() != null && Objects.equals(level.sku(), listing.externalSku());
    }
}

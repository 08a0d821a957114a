package io.storedesk.sync.outbox;

import io.storedesk.stock.ChannelStock;
import io.storedesk.stock.PublishedStock;
import io.storedesk.sync.Channel;
import io.storedesk.sync.outbox.StockPushRepository.Listing;
import io.storedesk.sync.remote.StockLevelPush;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stock is state, not an event: at push time, what the channel's policy lets it sell now (available after
 * reservations, × ratio − buffer) is compared with what was last queued for each listed SKU, and the
 * differences are queued as STOCK_LEVEL rows. A run that would drop many listings to zero at once (at least
 * {@value #MASS_ZERO_MIN} and at least one in {@value #MASS_ZERO_ONE_IN} of the channel's listings) holds
 * those rows for a person to confirm: a wrong stock count must not delist a shop.
 */
public final class StockPushes {

    static final int MASS_ZERO_MIN = 20;
    static final int MASS_ZERO_ONE_IN = 10;

    private final StockPushRepository state;
    private final ChannelStock channelStock;
    private final Outbox outbox;
    private final Clock clock;

    public StockPushes(StockPushRepository state, ChannelStock channelStock, Outbox outbox, Clock clock) {
        this.state = state;
        this.channelStock = channelStock;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Queues the differences; call inside one transaction. */
    public StockPushPlan queueChanges(Channel channel) {
        List<Listing> listings = state.listings(channel.id());
        Map<Long, Long> published = publishedBySku(channel.code());
        Map<Long, Long> last = state.lastQueued(channel.id());
        List<Change> changes = new ArrayList<>();
        for (Listing listing : listings) {
            long quantity = published.getOrDefault(listing.skuId(), 0L);
            Long before = last.get(listing.skuId());
            if (before == null || before != quantity) {
                // Unknown before counts as a drop: we cannot tell what the channel shows now.
                changes.add(new Change(listing, quantity, quantity == 0 && (before == null || before > 0)));
            }
        }
        long drops = changes.stream().filter(Change::toZero).count();
        boolean massDrop = drops >= MASS_ZERO_MIN && drops * MASS_ZERO_ONE_IN >= listings.size();
        Instant now = clock.instant();
        int held = 0;
        for (Change change : changes) {
            Listing l = change.listing();
            boolean hold = massDrop && change.toZero();
            held += hold ? 1 : 0;
            StockLevelPush push = new StockLevelPush("stock-" + channel.id() + "-" + l.skuId() + "-" + UUID.randomUUID(),
                    l.externalSku(), l.productId(), l.variantId(), l.itemId(), change.quantity());
            outbox.enqueue(channel.id(), push, l.externalSku(), hold ? OutboxStatus.HELD : OutboxStatus.PENDING);
            state.saveQueued(channel.id(), l.skuId(), change.quantity(), now);
        }
        return new StockPushPlan(changes.size(), held);
    }

    /** SKU id → units the channel may sell now. */
    public Map<Long, Long> publishedBySku(String channelCode) {
        Map<Long, Long> bySku = new HashMap<>();
        for (PublishedStock s : channelStock.published(channelCode)) {
            bySku.put(s.skuId(), s.published());
        }
        return bySku;
    }

    /** What one push planning did: rows queued (held ones included) and rows held for confirmation. */
    public record StockPushPlan(int queued, int held) {
    }

    private record Change(Listing listing, long quantity, boolean toZero) {
    }
}

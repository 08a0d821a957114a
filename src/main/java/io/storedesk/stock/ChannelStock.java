package io.storedesk.stock;

import io.storedesk.common.RefusedInputException;
import io.storedesk.stock.ChannelStockRepository.ChannelPolicyRow;
import io.storedesk.stock.ChannelStockRepository.SkuAvailability;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stock each channel may publish (the sync pushes these numbers): the channel's share of what is
 * available in the warehouses that ship its orders, bundles as the complete sets their parts make.
 */
public final class ChannelStock {

    private final ChannelStockRepository repository;
    private final Transactions transactions;
    private final Clock clock;

    public ChannelStock(ChannelStockRepository repository, Transactions transactions, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ChannelStockPolicy policy(String channelCode) {
        return row(channelCode).policy();
    }

    /** Sets "publish ratio × available − buffer" for a channel; refused (nothing changed) when out of range. */
    public void setPolicy(String channelCode, ChannelStockPolicy policy, String user) {
        transactions.inTransaction(() -> {
            if (!repository.savePolicy(row(channelCode), policy, user, clock.instant())) {
                throw new RefusedInputException("stock.channel.error.changedMeanwhile", channelCode);
            }
        });
    }

    /** What the channel may sell of every SKU, by SKU code. */
    public List<PublishedStock> published(String channelCode) {
        ChannelPolicyRow row = row(channelCode);
        List<SkuAvailability> skus = repository.available(row.channelId());
        Map<Long, Long> available = new HashMap<>();
        skus.forEach(s -> available.put(s.skuId(), s.available()));
        Map<Long, Map<Long, Integer>> parts = repository.parts();
        return skus.stream().map(s -> {
            long units = s.bundle() ? sets(parts.getOrDefault(s.skuId(), Map.of()), available) : s.available();
            return new PublishedStock(s.skuId(), s.code(), s.bundle(), units, row.policy().publishable(units));
        }).toList();
    }

    /** Complete bundles the parts make: the scarcest part decides; a bundle without parts makes none. */
    static long sets(Map<Long, Integer> parts, Map<Long, Long> available) {
        if (parts.isEmpty()) {
            return 0;
        }
        long sets = Long.MAX_VALUE;
        for (Map.Entry<Long, Integer> part : parts.entrySet()) {
            long have = Math.max(0, available.getOrDefault(part.getKey(), 0L));
            sets = Math.min(sets, have / Math.max(1, part.getValue()));
        }
        return sets;
    }

    private ChannelPolicyRow row(String channelCode) {
        return repository.policy(channelCode)
                .orElseThrow(() -> new RefusedInputException("stock.channel.error.unknown", channelCode));
    }
}

package io.storedesk.stock;

import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.AuditLog;
import io.storedesk.security.Permission;
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
    private final Access access;
    private final AuditLog audit;

    public ChannelStock(ChannelStockRepository repository, Transactions transactions, Clock clock, AuditLog audit,
                        Access access) {
        this.access = access;
        this.audit = audit;
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ChannelStockPolicy policy(String channelCode) {
        return row(channelCode).policy();
    }

    /** Sets "publish ratio × available − buffer" for a channel; refused (nothing changed) when out of range. */
    public void setPolicy(String channelCode, ChannelStockPolicy policy, String user) {
        access.require(Permission.STOCK_EDIT);
        transactions.inTransaction(() -> {
            ChannelPolicyRow before = row(channelCode);
            if (!repository.savePolicy(before, policy, user, clock.instant())) {
                throw new RefusedInputException("stock.channel.error.changedMeanwhile", channelCode);
            }
            audit.record(user, StockDocumentAudit.channelShare(channelCode, before.policy(), policy));
        });
    }

    /**
     * Sets several channels' policies in one unit of work: all are saved or, when one channel was changed by
     * someone else since it was read (its version differs), none.
     */
    public void setPolicies(List<ChannelStockSummary> read, Map<String, ChannelStockPolicy> policies, String user) {
        access.require(Permission.STOCK_EDIT);
        transactions.inTransaction(() -> {
            for (ChannelStockSummary channel : read) {
                ChannelStockPolicy policy = policies.get(channel.code());
                if (policy != null && !policy.equals(channel.policy())
                        && !repository.savePolicy(channel.row(), policy, user, clock.instant())) {
                    throw new RefusedInputException("stock.channel.error.changedMeanwhile", channel.name());
                }
                if (policy != null && !policy.equals(channel.policy())) {
                    audit.record(user, StockDocumentAudit.channelShare(channel.code(), channel.policy(), policy));
                }
            }
        });
    }

    /** Every active channel with its policy and what that policy publishes today, summed over its SKUs. */
    public List<ChannelStockSummary> summaries() {
        return repository.policies().stream().map(channel -> {
            long available = 0;
            long published = 0;
            int listed = 0;
            for (PublishedStock sku : published(channel.code())) {
                available += Math.max(0, sku.available()); // an oversold SKU has nothing to sell, not less
                published += sku.published();
                listed += sku.published() > 0 ? 1 : 0;
            }
            return new ChannelStockSummary(channel.code(), channel.name(), channel.row(), available, published,
                    listed);
        }).toList();
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

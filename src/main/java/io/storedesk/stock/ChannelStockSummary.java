package io.storedesk.stock;

import io.storedesk.stock.ChannelStockRepository.ChannelPolicyRow;

/**
 * One channel's stock policy with what it publishes today: units available over its warehouses (bundles as
 * the sets their parts make), units published after the policy, and SKUs with anything to sell.
 */
public record ChannelStockSummary(String code, String name, ChannelPolicyRow row, long availableUnits,
                                  long publishedUnits, int skusPublished) {

    public ChannelStockPolicy policy() {
        return row.policy();
    }
}

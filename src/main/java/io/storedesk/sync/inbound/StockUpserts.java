package io.storedesk.sync.inbound;

import io.storedesk.stock.ChannelStock;
import io.storedesk.stock.PublishedStock;
import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.inbound.ChannelStockLevelRepository.Level;
import io.storedesk.sync.inbound.InboundCatalogRepository.Listing;
import io.storedesk.sync.remote.RemoteStockLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stock levels a channel reports. StoreDesk wins on stock: nothing is booked into our ledger. The level is kept
 * beside ours (the ERP's stock is shown against StoreDesk's); for a marketplace, a level that differs from what
 * the channel's policy publishes now is logged as a conflict StoreDesk wins (the engine pushes ours).
 */
final class StockUpserts {

    private final ChannelStockLevelRepository levels;
    private final InboundCatalogRepository listings;
    private final InboundOrderRepository skus;
    private final ChannelStock channelStock;

    StockUpserts(ChannelStockLevelRepository levels, InboundCatalogRepository listings, InboundOrderRepository skus,
                 ChannelStock channelStock) {
        this.levels = levels;
        this.listings = listings;
        this.skus = skus;
        this.channelStock = channelStock;
    }

    void store(Channel channel, List<RemoteStockLevel> page, Instant at, PageTally tally, ConflictLog conflicts) {
        Map<String, RemoteStockLevel> latest = new LinkedHashMap<>();
        for (RemoteStockLevel s : page) {
            if (s.externalId() == null || s.externalId().isBlank() || s.externalId().strip().length() > 64) {
                tally.refuse("sync.inbound.stock.badItem", Objects.toString(s.sku(), ""));
                continue;
            }
            if (latest.put(s.externalId().strip() + "\u0000" + location(s), s) != null) {
                tally.unchanged++; // the same item and place twice on a page: the last one counts
            }
        }
        List<String> items = latest.values().stream().map(s -> s.externalId().strip()).toList();
        Map<String, Long> byCode = skus.skuIds(latest.values().stream().map(RemoteStockLevel::sku)
                .filter(c -> c != null && !c.isBlank()).map(String::strip).toList());
        Map<String, Listing> byItem = listings.listingsByItem(channel.id(), items);
        Map<String, Level> stored = levels.levels(channel.id(), items);
        Map<Long, PublishedStock> published = channel.kind() == ChannelKind.ODOO ? Map.of() : published(channel);
        Map<Long, String> codes = new HashMap<>();
        published.values().forEach(p -> codes.put(p.skuId(), p.skuCode()));
        List<Level> inserts = new ArrayList<>();
        List<String> conflictKeys = new ArrayList<>();
        List<Runnable> conflictChecks = new ArrayList<>();
        for (RemoteStockLevel s : latest.values()) {
            String item = s.externalId().strip();
            String code = s.sku() == null || s.sku().isBlank() ? null : s.sku().strip();
            Long skuId = code != null && byCode.containsKey(code) ? byCode.get(code)
                    : byItem.containsKey(item) ? Long.valueOf(byItem.get(item).skuId()) : null;
            if (skuId == null) {
                tally.note("sync.inbound.stock.unknownItem", item, Objects.toString(code, ""), location(s));
            }
            String skuCode = code != null ? code : skuId == null ? null : codes.get(skuId);
            Level level = new Level(item, location(s), skuId, skuCode, s.available(), s.updatedAt());
            Level before = stored.get(level.key());
            if (before == null) {
                inserts.add(level);
                tally.created++;
            } else if (before.available() != level.available() || !Objects.equals(before.skuId(), level.skuId())) {
                levels.update(channel.id(), level, at);
                tally.updated++;
            } else {
                tally.unchanged++;
            }
            PublishedStock ours = skuId == null ? null : published.get(skuId);
            if (ours != null && ours.published() != s.available()) {
                String key = (skuCode != null ? skuCode : item) + (location(s).isEmpty() ? "" : "@" + location(s));
                conflictKeys.add(key);
                conflictChecks.add(() -> conflicts.addUnlessStanding(new Conflict("STOCK", key, "available",
                        String.valueOf(ours.published()), String.valueOf(s.available()), Conflict.Winner.LOCAL)));
            }
        }
        levels.insert(channel.id(), inserts, at);
        conflicts.readPrevious(channel.id(), "STOCK", conflictKeys);
        conflictChecks.forEach(Runnable::run);
    }

    private Map<Long, PublishedStock> published(Channel channel) {
        Map<Long, PublishedStock> bySku = new HashMap<>();
        channelStock.published(channel.code()).forEach(p -> bySku.put(p.skuId(), p));
        return bySku;
    }

    private static String location(RemoteStockLevel s) {
        String l = s.location() == null ? "" : s.location().strip();
        return l.length() <= 64 ? l : l.substring(0, 64);
    }
}

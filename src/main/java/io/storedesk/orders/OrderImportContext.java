package io.storedesk.orders;

import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.MissingSkuWriter;
import io.storedesk.sync.ChannelRepository;
import java.time.Clock;
import java.util.function.Function;

/**
 * What an order import plan reads and writes with: the repositories, the shop currency, who imports,
 * whether missing SKUs may be created, and how the file names each field (for refusal messages).
 */
record OrderImportContext(OrderRepository orders, CatalogRepository catalog, ChannelRepository channels,
                          MissingSkuWriter missingSkus, String currency, String user, boolean createMissingSkus,
                          Clock clock, Function<String, String> headerOf) {
}

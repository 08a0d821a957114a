package io.storedesk.sync.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.stock.PublishedStock;
import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.ChannelRepository;
import io.storedesk.sync.InboundStore.InboundResult;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.RemoteStockLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Levels channels report: kept beside ours, never booked; a marketplace's differing level is a conflict we win. */
class StockUpsertsTest {

    private static InboundFixture f;

    @BeforeAll
    static void open() {
        f = new InboundFixture();
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void aMarketplaceLevelThatDiffersFromWhatWePublishIsLoggedOnceAndOurStockStays() {
        PublishedStock ours = published(0);
        long onHand = onHand();
        RemoteStockLevel theirs = new RemoteStockLevel("inv-1", ours.skuCode(), "loc-1", ours.published() + 5, null);

        InboundResult result = f.store(f.shopify, SyncResource.STOCK, List.of(theirs));
        InboundResult again = f.store(f.shopify, SyncResource.STOCK, List.of(theirs));

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.conflicts()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.conflicts()).isZero();
        assertThat(f.dsl.fetch("SELECT entity_key, local_value, remote_value, winner FROM sync_conflict"
                        + " WHERE entity = 'STOCK'").map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(3)))
                .containsExactly(ours.skuCode() + "@loc-1 " + ours.published() + " " + (ours.published() + 5) + " LOCAL");
        assertThat(onHand()).isEqualTo(onHand);
        assertThat(f.value("SELECT available FROM channel_stock_level WHERE external_item_id = 'inv-1'"))
                .isEqualTo(ours.published() + 5);
    }

    @Test
    void aMarketplaceLevelEqualToWhatWePublishIsNoConflict() {
        PublishedStock ours = published(1);

        InboundResult result = f.store(f.shopify, SyncResource.STOCK,
                List.of(new RemoteStockLevel("inv-2", ours.skuCode(), null, ours.published(), null)));

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.conflicts()).isZero();
    }

    @Test
    void theErpsStockIsKeptPerSkuAndLocationWithoutConflicts() {
        long id = new ChannelRepository(f.dsl).insertChannels(List.of(new Channel(0, "ERP", "Odoo", ChannelKind.ODOO,
                "CNY", BigDecimal.ONE, 0, true))).get("ERP");
        Channel erp = new Channel(id, "ERP", "Odoo", ChannelKind.ODOO, "CNY", BigDecimal.ONE, 0, true);
        String code = published(2).skuCode();
        long onHand = onHand();

        InboundResult first = f.store(erp, SyncResource.STOCK, List.of(new RemoteStockLevel("77", code, "WH/Stock", 12,
                null), new RemoteStockLevel("77", code, "SH/Stock", 3, null)));
        InboundResult second = f.store(erp, SyncResource.STOCK, List.of(new RemoteStockLevel("77", code, "WH/Stock", 10,
                null), new RemoteStockLevel("77", code, "SH/Stock", 3, null)));

        assertThat(first.created()).isEqualTo(2);
        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(first.conflicts() + second.conflicts()).isZero();
        assertThat(f.dsl.fetch("SELECT l.location, l.available, s.code FROM channel_stock_level l JOIN sku s"
                        + " ON s.id = l.sku_id WHERE l.channel_id = " + id + " ORDER BY l.location")
                .map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2)))
                .containsExactly("SH/Stock 3 " + code, "WH/Stock 10 " + code);
        assertThat(onHand()).isEqualTo(onHand);
    }

    @Test
    void anItemNoSkuOfOursMatchesIsKeptWithoutASkuAndReported() {
        InboundResult result = f.store(f.shopify, SyncResource.STOCK,
                List.of(new RemoteStockLevel("inv-404", null, "loc-1", 4, null)));

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.problems()).singleElement().asString().contains("inv-404");
        assertThat(f.value("SELECT sku_id FROM channel_stock_level WHERE external_item_id = 'inv-404'")).isNull();
    }

    private static PublishedStock published(int n) {
        return f.services.channelStock().published("SHOPIFY").stream().filter(p -> !p.bundle()).skip(n).findFirst()
                .orElseThrow();
    }

    private static long onHand() {
        return ((Number) f.value("SELECT SUM(on_hand) FROM stock_level")).longValue();
    }
}

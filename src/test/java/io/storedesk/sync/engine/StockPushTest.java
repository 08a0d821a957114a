package io.storedesk.sync.engine;

import static io.storedesk.store.schema.Tables.SYNC_CONFLICT;
import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.stock.ChannelStockPolicy;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.outbox.OutboxEntry;
import io.storedesk.sync.outbox.OutboxStatus;
import io.storedesk.sync.remote.RemoteStockLevel;
import io.storedesk.sync.remote.StockLevelPush;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StockPushTest {

    private final SyncFixture fixture = new SyncFixture();
    private final FakeRemote remote = new FakeRemote().pushing(PushKind.STOCK_LEVEL);
    private final String code = fixture.channel("Shop A", remote);
    private final List<Long> skus = fixture.listedSkus(code, 30);

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<StockLevelPush> pushed() {
        return remote.keysReceived.stream().map(k -> (StockLevelPush) remote.applied.get(k)).toList();
    }

    @Test
    void theFirstPushSendsEveryListingAndLaterOnesOnlyWhatChanged() {
        SyncRunReport first = fixture.sync.engine().run(code, SyncProgress.NONE);

        // 10 on hand - 2 reserved = 8 available, policy 1 × 8 - 0
        assertThat(first.pushed().get(PushKind.STOCK_LEVEL).pushed()).isEqualTo(30);
        assertThat(pushed()).extracting(StockLevelPush::quantity).containsOnly(8L);
        assertThat(pushed().get(0).sku()).isEqualTo("EXT-S01");
        assertThat(pushed().get(0).inventoryItemId()).isEqualTo("item-S01");

        remote.keysReceived.clear();
        fixture.reserve(skus.get(4), 5); // S05: 10 - 5 = 5
        fixture.services.channelStock().setPolicy(code, new ChannelStockPolicy(new BigDecimal("0.5"), 1), "anna");
        SyncRunReport second = fixture.sync.engine().run(code, SyncProgress.NONE);

        // ⌊0.5 × 8⌋ − 1 = 3 for 29 SKUs; S05: ⌊0.5 × 5⌋ − 1 = 1
        assertThat(second.pushed().get(PushKind.STOCK_LEVEL).pushed()).isEqualTo(30);
        assertThat(pushed()).filteredOn(p -> p.sku().equals("EXT-S05")).singleElement()
                .extracting(StockLevelPush::quantity).isEqualTo(1L);
        assertThat(pushed()).filteredOn(p -> !p.sku().equals("EXT-S05")).extracting(StockLevelPush::quantity)
                .containsOnly(3L);

        remote.keysReceived.clear();
        fixture.reserve(skus.get(0), 4); // S01: 6 available → ⌊3⌋ − 1 = 2
        SyncRunReport third = fixture.sync.engine().run(code, SyncProgress.NONE);
        assertThat(third.pushed().get(PushKind.STOCK_LEVEL).pushed()).isEqualTo(1);
        assertThat(pushed()).singleElement().satisfies(p -> {
            assertThat(p.sku()).isEqualTo("EXT-S01");
            assertThat(p.quantity()).isEqualTo(2L);
        });
    }

    @Test
    void aMassDropToZeroIsHeldUntilConfirmed() {
        fixture.sync.engine().run(code, SyncProgress.NONE);
        remote.keysReceived.clear();
        fixture.services.channelStock().setPolicy(code, new ChannelStockPolicy(BigDecimal.ZERO, 0), "anna");

        SyncRunReport held = fixture.sync.engine().run(code, SyncProgress.NONE);

        assertThat(held.stockHeld()).isEqualTo(30);
        assertThat(held.pushed().get(PushKind.STOCK_LEVEL).pushed()).isZero();
        assertThat(held.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(held.errors()).singleElement().asString().contains("30 listings would drop to zero");
        assertThat(remote.keysReceived).isEmpty();
        assertThat(fixture.sync.outbox().counts(fixture.channelId(code)).held()).isEqualTo(30);

        assertThat(fixture.sync.outbox().confirmHeld(code, "anna")).isEqualTo(30);
        SyncRunReport after = fixture.sync.engine().run(code, SyncProgress.NONE);
        assertThat(after.pushed().get(PushKind.STOCK_LEVEL).pushed()).isEqualTo(30);
        assertThat(pushed()).extracting(StockLevelPush::quantity).containsOnly(0L);
        assertThat(fixture.services.audit().history("channel", code, 10))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("outbox.confirmHeld"));
    }

    @Test
    void aDiscardedMassDropIsHeldAgainWhileTheStockIsStillGone() {
        fixture.sync.engine().run(code, SyncProgress.NONE);
        fixture.services.channelStock().setPolicy(code, new ChannelStockPolicy(BigDecimal.ZERO, 0), "anna");
        fixture.sync.engine().run(code, SyncProgress.NONE);

        assertThat(fixture.sync.outbox().discardHeld(code, "anna")).isEqualTo(30);
        assertThat(fixture.sync.outbox().list(code, Set.of(OutboxStatus.DISCARDED), 100)).hasSize(30);

        SyncRunReport again = fixture.sync.engine().run(code, SyncProgress.NONE);
        assertThat(again.stockHeld()).isEqualTo(30);
    }

    @Test
    void fewDropsToZeroAreNotHeld() {
        fixture.sync.engine().run(code, SyncProgress.NONE);
        remote.keysReceived.clear();
        for (long sku : skus.subList(0, 19)) {
            fixture.reserve(sku, 10);
        }

        SyncRunReport report = fixture.sync.engine().run(code, SyncProgress.NONE);

        assertThat(report.stockHeld()).isZero();
        assertThat(report.pushed().get(PushKind.STOCK_LEVEL).pushed()).isEqualTo(19);
    }

    @Test
    void aDifferentLevelOnTheMarketplaceIsAConflictStoreDeskWinsAndIsPushedAgain() {
        fixture.sync.engine().run(code, SyncProgress.NONE);
        remote.keysReceived.clear();
        remote.stock(List.of(new RemoteStockLevel("item-S03", null, "main", 99, null),
                new RemoteStockLevel("item-S04", null, "main", 8, null)));

        SyncRunReport report = fixture.sync.engine().run(code, SyncProgress.NONE);

        assertThat(report.pulled().get(SyncResource.STOCK).conflicts()).isEqualTo(1);
        var conflict = fixture.dsl().selectFrom(SYNC_CONFLICT).fetchOne();
        assertThat(conflict.getEntityKey()).isEqualTo("EXT-S03");
        assertThat(conflict.getLocalValue()).isEqualTo("8");
        assertThat(conflict.getRemoteValue()).isEqualTo("99");
        assertThat(conflict.getWinner()).isEqualTo("LOCAL");
        assertThat(pushed()).singleElement().satisfies(p -> {
            assertThat(p.sku()).isEqualTo("EXT-S03");
            assertThat(p.quantity()).isEqualTo(8L);
        });
        List<OutboxEntry> sent = fixture.sync.outbox().list(code, Set.of(OutboxStatus.SENT), 100);
        assertThat(sent).hasSize(31);
    }
}

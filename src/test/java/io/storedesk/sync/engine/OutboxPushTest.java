package io.storedesk.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.common.Messages;
import io.storedesk.common.UserFacingException;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.outbox.OutboxEntry;
import io.storedesk.sync.outbox.OutboxStatus;
import io.storedesk.sync.outbox.PushCounts;
import io.storedesk.sync.outbox.PushEvents;
import io.storedesk.sync.remote.FulfilmentPush;
import io.storedesk.sync.remote.PushReceipt;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxPushTest {

    private final SyncFixture fixture = new SyncFixture();
    private final FakeRemote remote = new FakeRemote().pushing(PushKind.FULFILMENT);
    private final String code = fixture.channel("Shop A", remote);

    @AfterEach
    void close() {
        fixture.close();
    }

    private void queue(String... shipments) {
        fixture.services.store().inTransaction(() -> {
            for (String shipment : shipments) {
                fixture.sync.outbox().enqueue(fixture.channelId(code), new FulfilmentPush("fulfilment-" + shipment,
                        "order-" + shipment, "SF Express", "SF" + shipment, List.of(new FulfilmentPush.Line(null,
                        "EXT-1", 1))), "shipment:" + shipment, OutboxStatus.PENDING);
            }
        });
    }

    private List<OutboxEntry> rows() {
        List<OutboxEntry> newestFirst = new java.util.ArrayList<>(fixture.sync.outbox().list(code, Set.of(), 100));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Test
    void acceptedMessagesAreMarkedSentInBatchesOfTheAdaptersSize() {
        remote.maxBatch = 2;
        queue("1", "2", "3");

        SyncRunReport report = fixture.sync.engine().run(code, SyncProgress.NONE);

        assertThat(report.pushed().get(PushKind.FULFILMENT)).isEqualTo(new PushCounts(3, 0, 0, 0));
        assertThat(rows()).extracting(OutboxEntry::status).containsOnly(OutboxStatus.SENT);
        assertThat(rows()).extracting(OutboxEntry::sentAt).doesNotContainNull();
        assertThat(remote.keysReceived).containsExactly("fulfilment-1", "fulfilment-2", "fulfilment-3");
        assertThat(fixture.sync.outbox().counts(fixture.channelId(code)).pending()).isZero();
    }

    @Test
    void aRefusedMessageFailsWithTheRemotesReasonAndCanBeRetriedByHandAudited() {
        remote.answer = m -> m.idempotencyKey().equals("fulfilment-2")
                ? PushReceipt.refused(m.idempotencyKey(), "Order has already been fulfilled")
                : PushReceipt.accepted(m.idempotencyKey(), null);
        queue("1", "2");

        SyncRunReport report = fixture.sync.engine().run(code, SyncProgress.NONE);

        assertThat(report.pushed().get(PushKind.FULFILMENT)).isEqualTo(new PushCounts(1, 1, 0, 0));
        assertThat(report.status()).isEqualTo(RunStatus.PARTIAL);
        OutboxEntry refused = rows().get(1);
        assertThat(refused.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(refused.lastError()).isEqualTo("Order has already been fulfilled");
        assertThat(fixture.sync.outbox().counts(fixture.channelId(code)).failed()).isEqualTo(1);

        fixture.sync.outbox().retryNow(refused.id(), "anna");
        assertThat(rows().get(1).status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(fixture.services.audit().history("outbox", String.valueOf(refused.id()), 10))
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("outbox.retry");
                    assertThat(e.user()).isEqualTo("anna");
                });
        fixture.sync.outbox().discard(refused.id(), "anna");
        assertThat(rows().get(1).status()).isEqualTo(OutboxStatus.DISCARDED);
        assertThatThrownBy(() -> fixture.sync.outbox().discard(refused.id(), "anna"))
                .hasMessageContaining("sync.outbox.wrongStatus")
                .satisfies(e -> {
                    assertThat(new Messages(Locale.ENGLISH).describe((UserFacingException) e))
                            .contains("is discarded, so that cannot be done");
                    assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).describe((UserFacingException) e))
                            .doesNotContain("DISCARDED");
                });
    }

    @Test
    void aTransientFaultLeavesTheRowsPendingWithOneAttemptMoreAndALaterTurn() {
        remote.pushFaults.add(new RemoteFault(RemoteFault.Kind.SERVER, 502, "Bad Gateway"));
        queue("1", "2");

        SyncRunReport report = fixture.sync.engine().run(code, SyncProgress.NONE);

        assertThat(report.pushed().get(PushKind.FULFILMENT)).isEqualTo(new PushCounts(0, 0, 2, 0));
        assertThat(rows()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.nextAttemptAt()).isEqualTo(fixture.services.clock().instant().plus(Duration.ofMinutes(1)));
            assertThat(r.lastError()).contains("Bad Gateway");
        });
        // The clock has not moved: nothing is due yet.
        fixture.sync.engine().run(code, SyncProgress.NONE);
        assertThat(remote.keysReceived).isEmpty();
        fixture.sync.outbox().retryNow(rows().get(0).id(), "anna");
        fixture.sync.engine().run(code, SyncProgress.NONE);
        assertThat(remote.keysReceived).containsExactly("fulfilment-1");
    }

    @Test
    void aKillBetweenThePushAndTheMarkingPushesAgainWithTheSameKeyAndTheRemoteAppliesItOnce() {
        queue("1");
        var adapter = new FakeAdapterProvider().open(new io.storedesk.sync.ChannelConnection(
                fixture.sync.channels().find(code).channel(), remote.baseUrl,
                new io.storedesk.sync.ChannelCredentials(null, null, null), java.util.Map.of()), null);

        assertThatThrownBy(() -> fixture.pusherThatDiesBeforeMarking().pushDue(
                fixture.sync.channels().find(code).channel(), adapter, PushEvents.NONE))
                .hasMessageContaining("killed before marking");
        assertThat(rows()).singleElement().extracting(OutboxEntry::status).isEqualTo(OutboxStatus.PENDING);

        fixture.sync.engine().run(code, SyncProgress.NONE);

        assertThat(rows()).singleElement().extracting(OutboxEntry::status).isEqualTo(OutboxStatus.SENT);
        assertThat(remote.receivedCounts()).containsEntry("fulfilment-1", 2);
        assertThat(remote.applied).containsOnlyKeys("fulfilment-1");
    }
}

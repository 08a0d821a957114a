package io.storedesk.sync.engine;

import static io.storedesk.store.schema.Tables.SYNC_RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.common.RefusedInputException;
import io.storedesk.sync.PullPosition;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.SyncResource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SyncEngineTest {

    private final SyncFixture fixture = new SyncFixture();
    private final SyncEngine engine = fixture.sync.engine();

    @AfterEach
    void close() {
        fixture.close();
    }

    private CursorState cursor(String code, SyncResource resource) {
        return new SyncCursorRepository(fixture.dsl()).find(fixture.channelId(code), resource).orElseThrow();
    }

    private static List<String> ids(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "o" + i).toList();
    }

    @Test
    void aFullRunStoresEveryPageAndMovesTheCursorToTheNewestChange() {
        FakeRemote remote = new FakeRemote().orders(10, 3);
        String code = fixture.channel("Shop A", remote);
        AtomicInteger runsEnded = new AtomicInteger();
        engine.afterEachRun(runsEnded::incrementAndGet);

        SyncRunReport report = engine.run(code, SyncProgress.NONE);

        assertThat(runsEnded).hasValue(1);                     // the KPI rollups' upkeep is told
        assertThat(report.status()).isEqualTo(RunStatus.OK);
        ResourceCounts orders = report.pulled().get(SyncResource.ORDERS);
        assertThat(orders.pages()).isEqualTo(4);
        assertThat(orders.pulled()).isEqualTo(10);
        assertThat(orders.created()).isEqualTo(10);
        assertThat(orders.complete()).isTrue();
        assertThat(fixture.inbound.stored).containsExactlyElementsOf(ids(1, 10));
        // o10 changed at 00:00 + 10 minutes
        assertThat(cursor(code, SyncResource.ORDERS)).isEqualTo(new CursorState("2026-01-01T00:10:00Z", null, null));
        var row = fixture.dsl().selectFrom(SYNC_RUN).where(SYNC_RUN.ID.eq(report.runId())).fetchOne();
        assertThat(row.getStatus()).isEqualTo("OK");
        assertThat(row.getPulled()).isEqualTo(10);
        assertThat(row.getLogText()).contains("ORDERS: 10 pulled in 4 pages");

        engine.run(code, SyncProgress.NONE);
        PullPosition next = remote.positions.get(remote.positions.size() - 4);
        assertThat(next).isEqualTo(new PullPosition("2026-01-01T00:10:00Z", null));
    }

    @Test
    void aRunThatDiesAfterPageTwoResumesAtPageThreeWithNoDuplicateAndNoGap() {
        FakeRemote remote = new FakeRemote().orders(8, 2)
                .failOnce(SyncResource.ORDERS, 2, new IllegalStateException("the process was killed"));
        String code = fixture.channel("Shop A", remote);

        SyncRunReport first = engine.run(code, SyncProgress.NONE);

        assertThat(first.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(first.pulled().get(SyncResource.ORDERS).complete()).isFalse();
        assertThat(first.errors()).singleElement().asString().contains("the process was killed");
        assertThat(cursor(code, SyncResource.ORDERS)).isEqualTo(new CursorState(null, "p2", "2026-01-01T00:04:00Z"));

        int before = remote.positions.size();
        SyncRunReport second = engine.run(code, SyncProgress.NONE);

        assertThat(second.status()).isEqualTo(RunStatus.OK);
        assertThat(remote.positions.get(before)).isEqualTo(new PullPosition(null, "p2"));
        assertThat(second.pulled().get(SyncResource.ORDERS).pulled()).isEqualTo(4);
        assertThat(fixture.inbound.stored).containsExactlyElementsOf(ids(1, 8));
        assertThat(cursor(code, SyncResource.ORDERS)).isEqualTo(new CursorState("2026-01-01T00:08:00Z", null, null));
    }

    @Test
    void aPageWhoseStoringFailsIsNotKeptAndTheNextRunPullsIt() {
        FakeRemote remote = new FakeRemote().orders(6, 2);
        String code = fixture.channel("Shop A", remote);
        fixture.inbound.failNext = new IllegalStateException("disk full");

        SyncRunReport broken = engine.run(code, SyncProgress.NONE);

        assertThat(broken.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(broken.pulled().get(SyncResource.ORDERS).pages()).isZero();
        assertThat(broken.errors()).singleElement().asString().contains("disk full");
        assertThat(new SyncCursorRepository(fixture.dsl()).find(fixture.channelId(code), SyncResource.ORDERS)).isEmpty();

        SyncRunReport again = engine.run(code, SyncProgress.NONE);
        assertThat(again.pulled().get(SyncResource.ORDERS).pulled()).isEqualTo(6);
        assertThat(fixture.inbound.stored).containsExactlyElementsOf(ids(1, 6));
    }

    @Test
    void wrongCredentialsStopTheRunWithTheRemotesMessage() {
        FakeRemote remote = new FakeRemote().orders(4, 2)
                .failOnce(SyncResource.ORDERS, 0, new RemoteFault(RemoteFault.Kind.AUTH, 401,
                        "[API] Invalid API key or access token (unrecognized login or wrong password)"));
        remote.pages.put(SyncResource.REFUNDS, List.of(List.of(FakeRemote.order("r1", null))));
        String code = fixture.channel("Shop A", remote);

        SyncRunReport report = engine.run(code, SyncProgress.NONE);

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.errors()).singleElement().asString().contains("Invalid API key or access token");
        assertThat(report.pulled()).doesNotContainKey(SyncResource.REFUNDS);
        assertThat(fixture.inbound.stored).isEmpty();
        var row = fixture.dsl().selectFrom(SYNC_RUN).where(SYNC_RUN.ID.eq(report.runId())).fetchOne();
        assertThat(row.getStatus()).isEqualTo("FAILED");
        assertThat(row.getErrors()).isEqualTo(1);
        assertThat(row.getLogText()).contains("HTTP 401").contains("Invalid API key");
    }

    @Test
    void aTransientFaultKeepsTheCursorAtTheLastStoredPageAndTheRunGoesOnWithTheNextResource() {
        FakeRemote remote = new FakeRemote().orders(6, 2)
                .failOnce(SyncResource.ORDERS, 1, new RemoteFault(RemoteFault.Kind.SERVER, 503, "Service Unavailable"));
        remote.pages.put(SyncResource.REFUNDS, List.of(List.of(FakeRemote.order("r1", null))));
        String code = fixture.channel("Shop A", remote);

        SyncRunReport report = engine.run(code, SyncProgress.NONE);

        assertThat(report.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(report.errors()).singleElement().asString().contains("HTTP 503").contains("Service Unavailable");
        assertThat(report.pulled().get(SyncResource.ORDERS).pulled()).isEqualTo(2);
        assertThat(report.pulled().get(SyncResource.REFUNDS).complete()).isTrue();
        assertThat(cursor(code, SyncResource.ORDERS)).isEqualTo(new CursorState(null, "p1", "2026-01-01T00:02:00Z"));
        assertThat(fixture.inbound.stored).containsExactly("o1", "o2", "r1");
    }

    @Test
    void aSecondRunOfAChannelWhileOneGoesIsRefusedAndTheScheduleSkipsIt() throws Exception {
        FakeRemote remote = new FakeRemote().orders(2, 2);
        remote.pullStarted = new CountDownLatch(1);
        remote.pullMayGoOn = new CountDownLatch(1);
        String code = fixture.channel("Shop A", remote);
        List<SyncRunReport> reports = new ArrayList<>();
        Thread first = new Thread(() -> reports.add(engine.run(code, SyncProgress.NONE)));
        first.start();
        assertThat(remote.pullStarted.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(engine.isRunning(code)).isTrue();
        assertThatThrownBy(() -> engine.run(code, SyncProgress.NONE)).isInstanceOf(RefusedInputException.class)
                .extracting(e -> ((RefusedInputException) e).messageKey()).isEqualTo("sync.run.alreadyRunning");
        SyncSchedule schedule = new SyncSchedule(engine, new ChannelEndpointRepository(fixture.dsl()), r -> { });
        assertThat(schedule.runDue()).isEmpty();

        remote.pullMayGoOn.countDown();
        first.join(30_000);
        assertThat(reports).singleElement().extracting(SyncRunReport::status).isEqualTo(RunStatus.OK);
        assertThat(engine.isRunning(code)).isFalse();
        remote.pullStarted = null;
        assertThat(schedule.runDue()).singleElement().extracting(SyncRunReport::channel).isEqualTo(code);
    }

    @Test
    void channelsWithoutAnApiAreNotSyncedAndUnknownOnesAreRefused() {
        assertThatThrownBy(() -> engine.run("NOPE", SyncProgress.NONE))
                .extracting(e -> ((RefusedInputException) e).messageKey()).isEqualTo("sync.channel.unknown");
        fixture.services.store().dsl().execute(
                "INSERT INTO channel (code, name, kind) VALUES ('TMALL', 'Tmall shop', 'TMALL')");
        assertThatThrownBy(() -> engine.run("TMALL", SyncProgress.NONE))
                .extracting(e -> ((RefusedInputException) e).messageKey()).isEqualTo("sync.channel.notConnected");
    }

    @Test
    void theStatusShowsEachSyncedChannelsLastRunAndOutbox() {
        FakeRemote remote = new FakeRemote().orders(3, 3);
        String code = fixture.channel("Shop A", remote);
        assertThat(fixture.sync.status().channels()).singleElement()
                .satisfies(s -> assertThat(s.lastRun()).isEmpty());

        engine.run(code, SyncProgress.NONE);

        ChannelSyncState state = fixture.sync.status().channels().get(0);
        assertThat(state.code()).isEqualTo(code);
        assertThat(state.running()).isFalse();
        assertThat(state.lastRun().orElseThrow().status()).isEqualTo(RunStatus.OK);
        assertThat(state.lastRun().orElseThrow().pulled()).isEqualTo(3);
        assertThat(state.outbox()).isEqualTo(io.storedesk.sync.outbox.OutboxCounts.NONE);
        assertThat(fixture.sync.status().history(code, 5)).hasSize(1);
    }
}

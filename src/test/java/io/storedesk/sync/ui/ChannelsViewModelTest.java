package io.storedesk.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.security.AuditEntry;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.engine.ConnectionCheck;
import io.storedesk.sync.engine.FakeRemote;
import io.storedesk.sync.engine.NewChannel;
import io.storedesk.sync.engine.RunStatus;
import io.storedesk.sync.engine.SyncRunReport;
import io.storedesk.sync.outbox.OutboxEntry;
import io.storedesk.sync.outbox.OutboxStatus;
import io.storedesk.sync.RemoteFault;
import io.storedesk.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChannelsViewModelTest {

    private final SyncUiFixture fixture = new SyncUiFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void withoutChannelsNothingIsChosenAndTheStatusSaysNoneSyncs() {
        fixture.channels.refresh();
        fixture.status.refresh();

        assertThat(fixture.channels.channels()).isEmpty();
        assertThat(fixture.channels.selectedProperty().get()).isNull();
        assertThat(fixture.status.stateProperty().get()).isEqualTo(new SyncState(SyncState.Kind.NONE, null, 0));
        assertThat(SyncStatusItem.text(new I18n(Locale.ENGLISH), fixture.status.stateProperty().get()))
                .isEqualTo("No channel syncs yet");
    }

    @Test
    void aRefusedConnectionShowsTheFaultInTheUsersLanguageAndTheRemotesOwnWords() {
        FakeRemote remote = new FakeRemote();
        fixture.sync.channels().add(new NewChannel(ChannelKind.MANUAL, "Shop", remote.baseUrl, "CNY",
                new NewChannel.Typed(null, "expired-token"), Map.of()), "anna");
        fixture.channels.refresh();

        fixture.channels.testConnection();

        ConnectionCheck check = fixture.channels.connectionProperty().get();
        assertThat(check.ok()).isFalse();
        assertThat(check.fault()).isEqualTo(RemoteFault.Kind.AUTH);
        assertThat(SyncTexts.connection(new I18n(Locale.ENGLISH), check)).isEqualTo("Not connected: the sign-in was "
                + "refused (check the token, key or password), HTTP 401. The remote said: \"[API] Invalid API key or "
                + "access token\"");
        assertThat(SyncTexts.connection(new I18n(Locale.SIMPLIFIED_CHINESE), check)).isEqualTo("未连接：登录被拒绝"
                + "（请检查令牌、密钥或密码），HTTP 401。对方的原话：“[API] Invalid API key or access token”");
        assertThat(fixture.channels.testingProperty().get()).isFalse();
    }

    @Test
    void syncNowMovesTheProgressShowsTheRunsCountsAndEmptiesTheWaitingCount() {
        FakeRemote remote = new FakeRemote().orders(5, 2).pushing(PushKind.STOCK_LEVEL);
        String code = fixture.channel("Shop", remote.baseUrl);
        fixture.queued(code, "EXT-S01", OutboxStatus.PENDING);
        fixture.channels.refresh();
        fixture.status.refresh();
        assertThat(fixture.status.stateProperty().get()).isEqualTo(new SyncState(SyncState.Kind.IDLE, null, 1));
        assertThat(fixture.channels.selectedProperty().get().outbox().pending()).isEqualTo(1);
        List<Double> progress = new ArrayList<>();
        fixture.runs.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
        List<String> started = new ArrayList<>();
        fixture.runs.onStarted(started::add);

        fixture.runs.syncNow();

        // Orders are the third resource of four (steps of 100 of 500): pages 1, 2, 3 → 210, 220, 230; push → 450.
        assertThat(progress).containsExactly(0.42, 0.44, 0.46, 0.9, 1.0);
        assertThat(started).containsExactly("Shop");
        SyncRunReport report = fixture.runs.lastReportProperty().get();
        assertThat(report.status()).isEqualTo(RunStatus.OK);
        assertThat(report.pulled().get(SyncResource.ORDERS).pulled()).isEqualTo(5);
        assertThat(report.pushed().get(PushKind.STOCK_LEVEL).pushed()).isEqualTo(1);
        assertThat(SyncTexts.report(new I18n(Locale.ENGLISH), report)).contains(
                "Orders: 5 pulled in 3 pages (5 new, 0 changed, 0 refused, 0 conflicts)",
                "Stock level: 1 pushed, 0 refused, 0 waiting for a retry, 0 held", "Retries: 0 · 429 answers: 0",
                "No errors.");
        assertThat(fixture.runs.syncingProperty().get()).isFalse();
        assertThat(fixture.channels.history()).singleElement()
                .satisfies(run -> assertThat(run.status()).isEqualTo(RunStatus.OK));
        assertThat(fixture.channels.selectedProperty().get().lastRun()).isPresent();
        assertThat(fixture.channels.selectedProperty().get().outbox().pending()).isZero();
        assertThat(fixture.status.stateProperty().get()).isEqualTo(new SyncState(SyncState.Kind.IDLE, null, 0));
        assertThat(remote.keysReceived).containsExactly("key-EXT-S01");
    }

    @Test
    void aFailedRowIsRetriedThenAnotherIsDiscardedAndBothAreAudited() {
        FakeRemote remote = new FakeRemote();
        String code = fixture.channel("Shop", remote.baseUrl);
        long failed = fixture.queued(code, "EXT-S01", OutboxStatus.FAILED);
        long other = fixture.queued(code, "EXT-S02", OutboxStatus.FAILED);
        fixture.channels.refresh();
        assertThat(fixture.outbox.entries()).extracting(OutboxEntry::id).containsExactlyInAnyOrder(failed, other);

        fixture.outbox.retry(entry(failed));

        assertThat(entry(failed).status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(fixture.status.stateProperty().get().waiting()).isEqualTo(1);

        fixture.outbox.discard(entry(other));

        assertThat(fixture.outbox.entries()).extracting(OutboxEntry::id).containsExactly(failed);
        assertThat(fixture.channels.noticeProperty().get().message().key()).isEqualTo("sync.ui.outbox.discarded");
        fixture.outbox.showAllProperty().set(true);
        assertThat(entry(other).status()).isEqualTo(OutboxStatus.DISCARDED);
        assertThat(fixture.services.audit().history("outbox", String.valueOf(failed), 5))
                .extracting(AuditEntry::action, AuditEntry::user).containsExactly(tuple("outbox.retry", "anna"));
        assertThat(fixture.services.audit().history("outbox", String.valueOf(other), 5))
                .extracting(AuditEntry::action).containsExactly("outbox.discard");
    }

    private OutboxEntry entry(long id) {
        return fixture.outbox.entries().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }
}

package io.storedesk.sync.ui;

import io.storedesk.Services;
import io.storedesk.sync.ChannelAdapters;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.InboundStore;
import io.storedesk.sync.credentials.ChannelSecrets;
import io.storedesk.sync.credentials.CredentialVault;
import io.storedesk.sync.credentials.VaultKey;
import io.storedesk.sync.engine.NewChannel;
import io.storedesk.sync.engine.SyncHttp;
import io.storedesk.sync.engine.SyncServices;
import io.storedesk.sync.outbox.OutboxStatus;
import io.storedesk.sync.remote.StockLevelPush;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An empty store with the sync services on the engine's fake adapter (kind MANUAL), an inbound store that only
 * counts, and a vault whose key lives in a temporary folder; the page's view models on an inline runner.
 */
final class SyncUiFixture implements AutoCloseable {

    final Services services = TestStores.emptyInMemory();
    final SyncServices sync;
    final InlineTaskRunner tasks = new InlineTaskRunner();
    final ChannelsViewModel channels;
    final SyncRunViewModel runs;
    final OutboxViewModel outbox;
    final SyncStatusViewModel status;

    SyncUiFixture() {
        Path keys = TestStores.newDirectory();
        CredentialVault vault = new CredentialVault(services.store().config().dataDirectory().resolve("secrets")
                .resolve("channel-secrets.json"), new VaultKey(keys.resolve("vault.key")));
        InboundStore counting = (channel, resource, records, runId, at) ->
                new InboundStore.InboundResult(records.size(), 0, 0, 0, 0, List.of());
        sync = new SyncServices(services.store(), new SyncServices.Parts(ChannelAdapters.load(),
                new ChannelSecrets(vault, name -> null), SyncHttp.standard(), counting), services.channelStock(),
                services.audit(), services.shop(), services.clock(), services.access());
        channels = new ChannelsViewModel(sync, tasks);
        runs = new SyncRunViewModel(sync, tasks, channels);
        outbox = new OutboxViewModel(sync, tasks, () -> "anna", channels);
        status = new SyncStatusViewModel(sync.status(), tasks);
        runs.onFinished(report -> status.refresh());
        outbox.onChanged(status::refresh);
    }

    AddChannelViewModel addForm() {
        return new AddChannelViewModel(sync.channels(), tasks, () -> "anna", ChannelAdapters.load().kinds());
    }

    /** A fake-adapter channel without sign-in on the remote at baseUrl; returns its code. */
    String channel(String name, String baseUrl) {
        return sync.channels().add(new NewChannel(ChannelKind.MANUAL, name, baseUrl, "CNY",
                new NewChannel.NoSignIn(), Map.of()), "anna").channel().code();
    }

    /** Queues a stock level for the channel in the given status; returns the row's id. */
    long queued(String code, String sku, OutboxStatus statusOfRow) {
        long channelId = sync.channels().find(code).channel().id();
        return services.store().inTransaction(() -> sync.outbox().enqueue(channelId, new StockLevelPush(
                "key-" + sku, sku, null, null, null, 3), sku, statusOfRow));
    }

    @Override
    public void close() {
        sync.close();
        services.close();
    }
}

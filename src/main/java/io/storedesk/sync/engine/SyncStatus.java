package io.storedesk.sync.engine;

import io.storedesk.sync.outbox.Outbox;
import java.util.List;

/** The sync state of every channel with an API, for the status bar and the Channels page. */
public final class SyncStatus {

    private final ChannelEndpointRepository endpoints;
    private final SyncRunRepository runs;
    private final Outbox outbox;
    private final SyncEngine engine;

    public SyncStatus(ChannelEndpointRepository endpoints, SyncRunRepository runs, Outbox outbox, SyncEngine engine) {
        this.endpoints = endpoints;
        this.runs = runs;
        this.outbox = outbox;
        this.engine = engine;
    }

    public List<ChannelSyncState> channels() {
        return endpoints.all().stream().filter(ChannelEndpoint::connected).map(e -> new ChannelSyncState(
                e.channel().code(), e.channel().name(), e.channel().kind(), runs.last(e.channel().id()),
                outbox.counts(e.channel().id()), engine.isRunning(e.channel().code()))).toList();
    }

    /** The channel's latest runs, newest first, with their logs. */
    public List<RunSummary> history(String channelCode, int limit) {
        return endpoints.find(channelCode).map(e -> runs.recent(e.channel().id(), limit)).orElse(List.of());
    }

    /** Outbox rows waiting over all channels (pending + held), for the status bar's count. */
    public int waiting() {
        return channels().stream().mapToInt(c -> c.outbox().pending() + c.outbox().held()).sum();
    }
}

package io.storedesk.sync.engine;

import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.outbox.OutboxCounts;
import java.util.Optional;

/** One synced channel as the status bar shows it: its last run, its outbox, and whether a run is going. */
public record ChannelSyncState(String code, String name, ChannelKind kind, Optional<RunSummary> lastRun,
                               OutboxCounts outbox, boolean running) {
}

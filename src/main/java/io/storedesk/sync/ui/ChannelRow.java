package io.storedesk.sync.ui;

import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.engine.ChannelEndpoint;
import io.storedesk.sync.engine.ChannelSyncState;
import io.storedesk.sync.engine.RunSummary;
import io.storedesk.sync.outbox.OutboxCounts;
import java.util.Optional;

/**
 * One channel with an API as the Channels page lists it. credentialSource says how it signs in ("vault",
 * "env:VAR" or ""), never the secret.
 */
public record ChannelRow(String code, String name, ChannelKind kind, String baseUrl, String credentialSource,
                         Optional<RunSummary> lastRun, OutboxCounts outbox, boolean running) {

    static ChannelRow of(ChannelEndpoint endpoint, ChannelSyncState state) {
        return new ChannelRow(endpoint.channel().code(), endpoint.channel().name(), endpoint.channel().kind(),
                endpoint.baseUrl(), endpoint.credentialSource(), state == null ? Optional.empty() : state.lastRun(),
                state == null ? OutboxCounts.NONE : state.outbox(), state != null && state.running());
    }
}

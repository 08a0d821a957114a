package io.storedesk.sync.remote;

import java.time.Instant;

/**
 * A record as a channel knows it, already mapped out of the channel's JSON. The engine upserts it keyed by
 * (channel, externalId), so pulling the same record twice changes nothing.
 */
public sealed interface RemoteRecord permits RemoteProduct, RemoteStockLevel, RemoteOrder, RemoteRefund {

    String externalId();

    /** When the channel last changed it (null when the channel does not say). */
    Instant updatedAt();
}

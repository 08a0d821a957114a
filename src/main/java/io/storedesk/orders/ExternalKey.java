package io.storedesk.orders;

/** How a channel identifies a record of its own: (our channel id, the channel's id for it). */
public record ExternalKey(long channelId, String externalId) {
}

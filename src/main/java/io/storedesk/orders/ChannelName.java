package io.storedesk.orders;

/** A sales channel as a filter offers it. */
public record ChannelName(long id, String name) {
}

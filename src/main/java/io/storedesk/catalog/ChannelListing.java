package io.storedesk.catalog;

/** How one channel lists a SKU: the channel, its own SKU code for it, and whether it is listed there. */
public record ChannelListing(String channelCode, String channelName, String externalSku, boolean listed) {
}

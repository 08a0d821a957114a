package io.storedesk.catalog;

/** How one channel names one of our SKUs. */
public record ChannelSku(long id, long channelId, long skuId, String externalSku, String externalProductId,
                         String externalVariantId, boolean listed) {
}

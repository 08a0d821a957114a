package io.storedesk.sync.remote;

import java.math.BigDecimal;

/**
 * One line of a channel's order. unitPrice before discount; discount positive, for the whole line.
 * sku may be null (a custom line); externalId = the channel's line id, which refunds refer to.
 */
public record RemoteOrderLine(String externalId, String sku, String title, int quantity, BigDecimal unitPrice,
                              BigDecimal discount) {
}

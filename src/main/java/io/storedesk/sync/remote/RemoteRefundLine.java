package io.storedesk.sync.remote;

import java.math.BigDecimal;

/** The part of a refund that concerns one order line (orderLineExternalId = RemoteOrderLine.externalId). */
public record RemoteRefundLine(String orderLineExternalId, String sku, int quantity, BigDecimal amount) {
}

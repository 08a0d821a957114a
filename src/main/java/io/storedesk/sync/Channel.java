package io.storedesk.sync;

import java.math.BigDecimal;

/**
 * One shop on one marketplace, or the ERP. Stock published to it = stockRatio x available - stockBuffer.
 * id 0 = not yet stored.
 */
public record Channel(long id, String code, String name, ChannelKind kind, String currency, BigDecimal stockRatio,
                      int stockBuffer, boolean active) {
}

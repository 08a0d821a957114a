package io.storedesk.orders;

import io.storedesk.common.Money;
import java.time.Instant;

/**
 * An order as the order inbox shows it, with the version shown: a person's change to it saves against that
 * version, so a change made meanwhile at another desk is not overwritten.
 */
public record OrderRow(long id, String externalId, String channelName, Instant placedAt, OrderStatus status,
                       boolean presale, String customerName, String province, String city, int lineCount,
                       Money total, String holdReason, int version) {
}

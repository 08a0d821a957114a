package io.storedesk.orders;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A refund the import will create from one cancellation line: what it refunds (the whole line when
 * sameLine, else the order), how much, and when. externalId "C536379/2" is the credit note and its line.
 */
record RefundDraft(String channel, String externalId, RefundTarget target, boolean sameLine, RefundKind kind,
                   int quantity, BigDecimal amount, String reason, Instant refundedAt) {
}

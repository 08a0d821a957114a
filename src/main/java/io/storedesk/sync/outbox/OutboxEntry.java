package io.storedesk.sync.outbox;

import io.storedesk.sync.PushKind;
import java.time.Instant;

/** One outbox row. aggregateId = what it is about (shipment, purchase order code, the channel's SKU). */
public record OutboxEntry(long id, long channelId, PushKind kind, String aggregateId, String payload,
                          String idempotencyKey, OutboxStatus status, int attempts, Instant nextAttemptAt,
                          String lastError, Instant createdAt, Instant sentAt) {
}
